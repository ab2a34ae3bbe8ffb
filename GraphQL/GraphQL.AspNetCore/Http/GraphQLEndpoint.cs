using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// One mapped GraphQL endpoint: its path, the schema's server options and, resolved on the first
/// request (the schema is built lazily), the executor, the request rules and the printed schema.
/// </summary>
internal sealed class GraphQLEndpoint
{
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private IRequestExecutor? _executor;
    private RequestPolicy? _policy;
    private string? _schemaText;

    public GraphQLEndpoint(string path, string? schemaName, GraphQLServerOptions options)
    {
        Path = path;
        SchemaName = schemaName;
        Options = options;
    }

    /// <summary>The route pattern's path, without a trailing slash (e.g. <c>/graphql</c>).</summary>
    public string Path { get; }

    public string? SchemaName { get; }

    public GraphQLServerOptions Options { get; }

    public IRequestExecutor Executor => _executor!;

    public RequestPolicy Policy => _policy!;

    public Schema Schema => Executor.Schema;

    /// <summary>The schema in SDL (<c>?sdl</c>), printed once.</summary>
    public string SchemaText => _schemaText ??= SchemaPrinter.Print(Schema);

    public bool IsInitialized => _executor is not null;

    /// <summary>Resolves the executor and the request rules; safe to call concurrently and more than once.</summary>
    public async ValueTask InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_executor is not null) return;
            var resolver = services.GetRequiredService<IRequestExecutorResolver>();
            var executor = await resolver.GetRequestExecutorAsync(SchemaName, cancellationToken).ConfigureAwait(false);
            _policy = new RequestPolicy(Options, new DocumentInspector(), services.GetService<IOperationDocumentStorage>());
            _executor = executor;
        }
        finally
        {
            _initLock.Release();
        }
    }

    /// <summary>The options registered for <paramref name="schemaName"/> with <c>ModifyServerOptions</c>.</summary>
    public static GraphQLServerOptions GetOptions(IServiceProvider services, string? schemaName) =>
        services.GetRequiredService<IOptionsMonitor<GraphQLServerOptions>>().Get(schemaName ?? Microsoft.Extensions.Options.Options.DefaultName);
}
