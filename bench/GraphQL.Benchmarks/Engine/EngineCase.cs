using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Benchmarks.Engine;

/// <summary>
/// One document over one schema, with the executors the benchmarks need:
/// <see cref="Cached"/> (the default document cache) and <see cref="Uncached"/> (a one-entry cache fed two
/// spellings of the document in turn, so every request parses, validates and plans again).
/// </summary>
internal sealed class EngineCase : IDisposable
{
    /// <summary>The persisted id under which <see cref="Cached"/> holds the document (execute-only benchmarks).</summary>
    public const string DocumentId = "bench-document";

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly ServiceProvider _uncachedServices;

    private EngineCase(string name, Schema schema, string document)
    {
        Name = name;
        Schema = schema;
        Text = document;

        // Same document, one more trailing space: a different cache key, the same parse.
        UncachedTexts = new[] { document, document + " " };

        _services = CreateServices(schema, document, cacheSize: null);
        _uncachedServices = CreateServices(schema, document, cacheSize: 1);
        Cached = _services.GetRequiredService<IRequestExecutor>();
        Uncached = _uncachedServices.GetRequiredService<IRequestExecutor>();

        // The transport (GraphQL.AspNetCore) passes the HTTP request's scope; one scope stands in for it.
        _scope = _services.CreateAsyncScope();
        RequestServices = _scope.ServiceProvider;
    }

    public string Name { get; }
    public Schema Schema { get; }
    public string Text { get; }
    public string[] UncachedTexts { get; }
    public IRequestExecutor Cached { get; }
    public IRequestExecutor Uncached { get; }
    public IServiceProvider RequestServices { get; }

    /// <summary>The cases by name: <c>hello</c>, <c>introspection</c>, <c>users</c>.</summary>
    public static EngineCase Create(string name) => name switch
    {
        "hello" => new EngineCase(name, BenchSchemas.Small(), BenchResources.Document("hello")),
        "introspection" => new EngineCase(name, BenchSchemas.Medium(), BenchResources.Document("introspection")),
        "users" => new EngineCase(name, BenchSchemas.Small(), BenchResources.Document("users")),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown engine case."),
    };

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
        _uncachedServices.Dispose();
    }

    private static ServiceProvider CreateServices(Schema schema, string document, int? cacheSize)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IOperationDocumentStorage>(new SingleDocumentStorage(document));
        var builder = services.AddGraphQL().UseSchema(schema);
        if (cacheSize is { } size) builder.ModifyOptions(o => o.DocumentCacheSize = size);
        return services.BuildServiceProvider();
    }

    /// <summary>Persisted documents: only <see cref="DocumentId"/>.</summary>
    private sealed class SingleDocumentStorage : IOperationDocumentStorage
    {
        private readonly string _document;

        public SingleDocumentStorage(string document) => _document = document;

        public ValueTask<string?> TryReadAsync(string documentId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(documentId == DocumentId ? _document : null);
    }
}
