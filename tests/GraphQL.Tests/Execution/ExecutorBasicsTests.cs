using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

public sealed class ExecutorBasicsTests
{
    private sealed record Product(string Name, decimal Price, Category Category);

    private sealed record Category(string Slug);

    [Fact]
    public async Task HelloWorldExecutesEndToEnd()
    {
        var executor = Create("type Query { hello: String }", o => o.PureResolvers["Query"]["hello"] = _ => "world");

        Assert.Equal(J("{'data':{'hello':'world'}}"), await executor.RunAsync("{ hello }"));
    }

    [Fact]
    public async Task AliasesTypenameAndNestedObjectsKeepSelectionOrder()
    {
        var executor = Create(
            "type Query { product: Product } type Product { name: String! price: Float! category: Category } type Category { slug: String }",
            o => o.PureResolvers["Query"]["product"] = _ => new Product("Shirt", 19.5m, new Category("tops")));

        var json = await executor.RunAsync("{ p: product { __typename category { slug } label: name price name } }");

        Assert.Equal(J("{'data':{'p':{'__typename':'Product','category':{'slug':'tops'},'label':'Shirt','price':19.5,'name':'Shirt'}}}"), json);
    }

    [Fact]
    public async Task DefaultResolverReadsDictionaryEntriesAndPropertiesCaseInsensitively()
    {
        var executor = Create(
            "type Query { map: Item obj: Item } type Item { name: String }",
            o =>
            {
                o.PureResolvers["Query"]["map"] = _ => Obj(("name", "from map"));
                o.PureResolvers["Query"]["obj"] = _ => new { Name = "from property" };
            });

        Assert.Equal(J("{'data':{'map':{'name':'from map'},'obj':{'name':'from property'}}}"), await executor.RunAsync("{ map { name } obj { name } }"));
    }

    [Fact]
    public async Task AsynchronousResolversComplete()
    {
        var executor = Create(
            "type Query { later: Int }",
            o => o.Resolvers["Query"]["later"] = async _ =>
            {
                await Task.Yield();
                return 42;
            });

        Assert.Equal(J("{'data':{'later':42}}"), await executor.RunAsync("{ later }"));
    }

    [Fact]
    public async Task ListsOfScalarsAndEnumsAreCompleted()
    {
        var executor = Create(
            "enum Color { RED GREEN } type Query { numbers: [Int] colors: [Color!]! }",
            o =>
            {
                o.PureResolvers["Query"]["numbers"] = _ => new List<int> { 1, 2, 3 };
                o.PureResolvers["Query"]["colors"] = _ => new[] { "GREEN", "RED" };
            });

        Assert.Equal(J("{'data':{'numbers':[1,2,3],'colors':['GREEN','RED']}}"), await executor.RunAsync("{ numbers colors }"));
    }

    [Fact]
    public async Task IntrospectionMetaFieldsResolveOnTheQueryRoot()
    {
        var executor = Create("type Query { hello: String }");

        Assert.Equal(
            J("{'data':{'__type':{'name':'Query','kind':'OBJECT','fields':[{'name':'hello'}]},'__schema':{'queryType':{'name':'Query'}}}}"),
            await executor.RunAsync("{ __type(name: \"Query\") { name kind fields { name } } __schema { queryType { name } } }"));
    }
}

/// <summary>An operation whose resolvers are all pure completes without ever awaiting.</summary>
public sealed class SynchronousExecutionTests
{
    [Fact]
    public async Task AnOperationOfPureResolversCompletesSynchronouslyOnceItsDocumentIsCached()
    {
        var executor = Create(
            "type Query { items: [Item] } type Item { name: String }",
            o => o.PureResolvers["Query"]["items"] = _ => new[] { Obj(("name", "a")), Obj(("name", "b")) });
        var request = new GraphQL.Execution.GraphQLRequest { Query = "{ items { name } }" };

        var first = executor.ExecuteAsync(request);
        var second = executor.ExecuteAsync(request);

        Assert.True(first.IsCompletedSuccessfully);
        Assert.True(second.IsCompletedSuccessfully);
        Assert.Equal(J("{'data':{'items':[{'name':'a'},{'name':'b'}]}}"), GraphQL.Execution.Serialization.ExecutionResultWriter.ToJson(await second));
    }
}
