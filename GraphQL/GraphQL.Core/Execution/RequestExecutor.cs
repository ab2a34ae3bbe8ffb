using GraphQL.Execution.Pipeline;
using GraphQL.Language;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphQL.Execution;

/// <summary>The <see cref="IRequestExecutor"/> of one schema: its options, document cache and pipeline.</summary>
internal sealed class RequestExecutor : IRequestExecutor
{
    private readonly RequestDelegate _pipeline;
    private readonly IServiceProvider _services;
    private readonly ILogger _logger;

    public RequestExecutor(Schema schema, GraphQLExecutionOptions options, IServiceProvider services)
    {
        Schema = schema;
        Options = options;
        _services = services;
        _logger = services.GetService<ILoggerFactory>()?.CreateLogger("GraphQL.Execution") ?? NullLogger.Instance;
        DocumentCache = new DocumentCache(options.DocumentCacheSize);
        _pipeline = RequestPipeline.Build();
    }

    public Schema Schema { get; }
    public GraphQLExecutionOptions Options { get; }
    internal DocumentCache DocumentCache { get; }
    internal ExecutionDiagnostics Diagnostics { get; } = new();
    internal ParserOptions ParserOptions { get; } = new();
    internal TimeoutSourcePool TimeoutSources { get; } = new();

    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Services is { } services ? Run(request, services, cancellationToken) : ExecuteInScopeAsync(request, cancellationToken);
    }

    private async ValueTask<ExecutionResult> ExecuteInScopeAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        // No request services: the request gets its own scope, released when the result (or its stream) is done.
        var scope = _services.CreateAsyncScope();
        ExecutionResult? result = null;
        try
        {
            result = await Run(request, scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
            if (result.ResponseStream is Processing.ResponseStream stream)
            {
                stream.OnDisposed(scope.DisposeAsync);
                return result;
            }

            return result;
        }
        finally
        {
            if (result?.ResponseStream is not Processing.ResponseStream) await scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs the pipeline; a pipeline that completed synchronously (a cached document whose resolvers do not
    /// await) is finished here without an async state machine. Failures still surface through the returned task.
    /// </summary>
    private ValueTask<ExecutionResult> Run(GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = RequestContext.Rent(this, request, services, cancellationToken);
        ValueTask pipeline;
        try
        {
            pipeline = _pipeline(context);
            if (pipeline.IsCompletedSuccessfully)
            {
                pipeline.GetAwaiter().GetResult();
                return new ValueTask<ExecutionResult>(Finish(context));
            }
        }
        catch (Exception ex)
        {
            return ValueTask.FromException<ExecutionResult>(ex);
        }

        return AwaitPipelineAsync(pipeline, context);
    }

    private static async ValueTask<ExecutionResult> AwaitPipelineAsync(ValueTask pipeline, RequestContext context)
    {
        await pipeline.ConfigureAwait(false);
        return Finish(context);
    }

    private static ExecutionResult Finish(RequestContext context)
    {
        var result = context.Result ?? throw new InvalidOperationException("The request pipeline ended without a result.");
        context.Return();
        return result;
    }

    internal void LogUnexpected(Exception exception) =>
        _logger.LogError(exception, "The GraphQL request failed unexpectedly.");

    /// <summary>Logs the exceptions behind "Unexpected Execution Error"s, which the client never sees.</summary>
    internal void LogErrors(ExecutionResult result)
    {
        if (result.Errors is not { } errors) return;
        foreach (var error in errors)
        {
            if (error.Exception is { } ex && error.Exception is not GraphQLException && error.Code == ErrorCodes.InternalServerError)
            {
                _logger.LogError(ex, "A resolver failed at {Path}.", error.Path is null ? "" : string.Join('.', error.Path));
            }
        }
    }
}
