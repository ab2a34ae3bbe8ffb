using GraphQL.Execution;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>Requests that never reach execution: no data entry, one error with a stable code.</summary>
public sealed class RequestErrorTests
{
    private static IRequestExecutor Executor() => Create("type Query { a: String }", o => o.PureResolvers["Query"]["a"] = _ => "A");

    [Fact]
    public async Task ASyntaxErrorIsAParseFailure()
    {
        Assert.Equal(
            J("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':4}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}"),
            await Executor().RunAsync("{ a"));
    }

    [Fact]
    public async Task AnUnknownOperationNameIsOperationNotFound()
    {
        Assert.Equal(
            J("{'errors':[{'message':'Unknown operation named \\'C\\'.','extensions':{'code':'OPERATION_NOT_FOUND'}}]}"),
            await Executor().RunAsync("query A { a } query B { a }", operationName: "C"));
    }

    [Fact]
    public async Task SeveralOperationsWithoutANameIsOperationNotFound()
    {
        Assert.Equal(
            J("{'errors':[{'message':'Must provide operation name if query contains multiple operations.','extensions':{'code':'OPERATION_NOT_FOUND'}}]}"),
            await Executor().RunAsync("query A { a } query B { a }"));
    }

    [Fact]
    public async Task TheNamedOperationIsExecuted()
    {
        Assert.Equal(J("{'data':{'b':'A'}}"), await Executor().RunAsync("query A { a } query B { b: a }", operationName: "B"));
    }

    [Fact]
    public async Task ARequestWithoutDocumentIsABadRequest()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest());

        Assert.Equal("BAD_REQUEST", Assert.Single(result.Errors!).Code);
        Assert.False(result.HasData);
    }
}
