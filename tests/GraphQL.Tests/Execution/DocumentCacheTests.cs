using GraphQL.Execution;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>The document cache: a hot document skips parse and validation; plans are compiled once per operation.</summary>
public sealed class DocumentCacheTests
{
    private static IRequestExecutor Executor() =>
        Create("type Query { hello(name: String): String }", o => o.PureResolvers["Query"]["hello"] = c => "hi " + c.ArgumentValue<string>("name"));

    [Fact]
    public async Task AHotDocumentIsParsedAndValidatedOnce()
    {
        var executor = (RequestExecutor)Executor();
        const string query = "query A { hello(name: \"a\") } query B { hello(name: \"b\") }";

        Assert.Equal(J("{'data':{'hello':'hi a'}}"), await executor.RunAsync(query, operationName: "A"));
        Assert.Equal(J("{'data':{'hello':'hi b'}}"), await executor.RunAsync(query, operationName: "B"));
        Assert.Equal(J("{'data':{'hello':'hi a'}}"), await executor.RunAsync(query, operationName: "A"));

        Assert.Equal(1, executor.Diagnostics.Parses);
        Assert.Equal(1, executor.Diagnostics.Validations);
        Assert.Equal(2, executor.Diagnostics.Plans);
    }

    [Fact]
    public async Task AnInvalidDocumentIsCachedWithItsValidationErrors()
    {
        var executor = (RequestExecutor)Executor();

        var first = await executor.RunAsync("{ nope }");
        var second = await executor.RunAsync("{ nope }");

        Assert.Equal(
            J("{'errors':[{'message':'Cannot query field \\'nope\\' on type \\'Query\\'.','locations':[{'line':1,'column':3}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"),
            first);
        Assert.Equal(first, second);
        Assert.Equal(1, executor.Diagnostics.Parses);
        Assert.Equal(1, executor.Diagnostics.Validations);
    }

    [Fact]
    public async Task APersistedDocumentIsFoundByItsId()
    {
        var storage = new Storage { ["doc-1"] = "{ hello(name: \"persisted\") }" };
        var executor = Create(
            "type Query { hello(name: String): String }",
            o => o.PureResolvers["Query"]["hello"] = c => "hi " + c.ArgumentValue<string>("name"),
            configure: b => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IOperationDocumentStorage>(b.Services, storage));

        var found = await executor.ExecuteAsync(new GraphQLRequest { DocumentId = "doc-1" });
        var missing = await executor.ExecuteAsync(new GraphQLRequest { DocumentId = "doc-2" });

        Assert.Equal(J("{'data':{'hello':'hi persisted'}}"), GraphQL.Execution.Serialization.ExecutionResultWriter.ToJson(found));
        Assert.Equal(
            J("{'errors':[{'message':'PersistedQueryNotFound','extensions':{'code':'PERSISTED_QUERY_NOT_FOUND'}}]}"),
            GraphQL.Execution.Serialization.ExecutionResultWriter.ToJson(missing));
    }

    private sealed class Storage : Dictionary<string, string>, IOperationDocumentStorage
    {
        public ValueTask<string?> TryReadAsync(string documentId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(TryGetValue(documentId, out var text) ? text : null);
    }
}
