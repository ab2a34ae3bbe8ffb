using GraphQL.Execution;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>Field errors: message, locations, path with list indices, extensions.code, and no leaked exception details.</summary>
public sealed class FieldErrorTests
{
    private const string Sdl = "type Query { items: [Item] boom: String chosen: String } type Item { id: Int fails: String }";

    private static IRequestExecutor Executor(bool details = false) => Create(
        Sdl,
        o =>
        {
            o.PureResolvers["Query"]["items"] = _ => new[] { Obj(("id", 1)), Obj(("id", 2)) };
            o.PureResolvers["Item"]["fails"] = c => (int)((IReadOnlyDictionary<string, object?>)c.Parent!)["id"]! == 2
                ? throw new InvalidOperationException("secret connection string")
                : "ok";
            o.Resolvers["Query"]["boom"] = _ => throw new InvalidOperationException("database password is hunter2");
            o.PureResolvers["Query"]["chosen"] = _ => throw new GraphQLException("Product \"x\" is sold out.", "OUT_OF_STOCK");
        },
        options => options.IncludeExceptionDetails = details);

    [Fact]
    public async Task AnExceptionInAResolverBecomesAnUnexpectedExecutionErrorWithoutDetails()
    {
        var json = await Executor().RunAsync("{ items {\n  id\n  fails } }");

        Assert.Equal(
            J("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':3,'column':3}],'path':['items',1,'fails'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'items':[{'id':1,'fails':'ok'},{'id':2,'fails':null}]}}"),
            json);
        Assert.DoesNotContain("secret", json);
    }

    [Fact]
    public async Task AnAsynchronousResolverThatThrowsIsReportedTheSameWay()
    {
        var json = await Executor().RunAsync("{ boom }");

        Assert.Equal(
            J("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['boom'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'boom':null}}"),
            json);
    }

    [Fact]
    public async Task AGraphQLExceptionKeepsItsMessageAndCode()
    {
        var json = await Executor().RunAsync("{ chosen }");

        Assert.Equal(
            J("{'errors':[{'message':'Product \\'x\\' is sold out.','locations':[{'line':1,'column':3}],'path':['chosen'],'extensions':{'code':'OUT_OF_STOCK'}}],'data':{'chosen':null}}"),
            json);
    }

    [Fact]
    public async Task ExceptionDetailsAreIncludedOnlyWhenTheOptionIsOn()
    {
        var result = await Executor(details: true).ExecuteAsync(new GraphQLRequest { Query = "{ boom }" });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Unexpected Execution Error", error.Message);
        var exception = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(error.Extensions!["exception"]);
        Assert.Equal("database password is hunter2", exception["message"]);
        Assert.Equal("System.InvalidOperationException", exception["type"]);
    }

    /// <summary>Concurrent fields fail in any order; their errors are reported in the order of their paths in the response.</summary>
    [Fact]
    public async Task ErrorsOfConcurrentFieldsComeInResponseOrderNotInTheOrderTheyHappened()
    {
        var secondFailed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = Create("type Query { first: String second: [String] }", o =>
        {
            o.Resolvers["Query"]["first"] = async _ =>
            {
                await secondFailed.Task;
                throw new GraphQLException("first failed");
            };
            o.PureResolvers["Query"]["second"] = _ =>
            {
                secondFailed.SetResult();
                throw new GraphQLException("second failed");
            };
        });

        var json = await executor.RunAsync("{ first second }");

        Assert.Equal(
            J("{'errors':[{'message':'first failed','locations':[{'line':1,'column':3}],'path':['first']},{'message':'second failed','locations':[{'line':1,'column':9}],'path':['second']}],'data':{'first':null,'second':null}}"),
            json);
    }
}
