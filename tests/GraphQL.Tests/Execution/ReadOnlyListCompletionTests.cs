using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>CompleteValue for lists (spec §6.4.3) of collections that are read-only lists but not <c>IList</c>: read in place.</summary>
public sealed class ReadOnlyListCompletionTests
{
    private sealed class Item(string? name)
    {
        public string? Name { get; } = name;
    }

    [Fact]
    public async Task AnArraySegmentIsCompletedItemByItemWithNullPropagationAndPaths()
    {
        var items = new[] { new Item("skipped"), new Item("a"), new Item(null), new Item("c") };
        var executor = Create(
            "type Query { items: [Item!] names: [String] } type Item { name: String! }",
            o =>
            {
                o.PureResolvers["Query"]["items"] = _ => new ArraySegment<Item>(items, 1, 3);
                o.PureResolvers["Query"]["names"] = _ => new ArraySegment<string?>(new[] { "x", null, "y" }, 0, 3);
            });

        var json = await executor.RunAsync("{ names items { name } }");

        Assert.Equal(
            J("{'errors':[{'message':'Cannot return null for non-nullable field Item.name.','locations':[{'line':1,'column':17}],'path':['items',1,'name']," +
              "'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'names':['x',null,'y'],'items':null}}"),
            json);
    }
}
