using GraphQL.Execution;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>
/// Scalar fields read by the default resolver are completed without a resolver context; their failures
/// must still be field errors with paths (spec §6.4.4), a null must still propagate.
/// </summary>
public sealed class DefaultLeafTests
{
    public sealed class Row(string? name, object count)
    {
        public string? Name { get; } = name;
        public object Count { get; } = count;
        public string Broken => throw new InvalidOperationException("The row cannot tell.");
    }

    private static readonly IRequestExecutor Executor = Create(
        "type Query { rows: [Row] } type Row { name: String! count: Int broken: String }",
        o => o.PureResolvers["Query"]["rows"] = _ => new[] { new Row("a", 1), new Row(null, 2), new Row("c", "many") });

    [Fact]
    public async Task ValuesAreSerializedAndFailuresAreFieldErrorsWithPaths()
    {
        var json = await Executor.RunAsync("{ rows { __typename name count broken } }");

        // A throwing getter is an unexpected error (message masked); errors come in response order.
        Assert.Equal(
            """
            {"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":32}],"path":["rows",0,"broken"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Cannot return null for non-nullable field Row.name.","locations":[{"line":1,"column":21}],"path":["rows",1,"name"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Int cannot represent non-integer value: \"many\"","locations":[{"line":1,"column":26}],"path":["rows",2,"count"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Unexpected Execution Error","locations":[{"line":1,"column":32}],"path":["rows",2,"broken"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"rows":[{"__typename":"Row","name":"a","count":1,"broken":null},null,{"__typename":"Row","name":"c","count":null,"broken":null}]}}
            """,
            json);
    }
}
