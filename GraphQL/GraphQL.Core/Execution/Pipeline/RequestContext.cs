using GraphQL.Execution.Planning;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Pipeline;

/// <summary>The state one request carries through the pipeline; each middleware fills in a part.</summary>
internal sealed class RequestContext
{
    public RequestContext(RequestExecutor executor, GraphQLRequest request, IServiceProvider services, CancellationToken requestAborted)
    {
        Executor = executor;
        Request = request;
        Services = services;
        RequestAborted = requestAborted;
    }

    public RequestExecutor Executor { get; }
    public Schema Schema => Executor.Schema;
    public GraphQLExecutionOptions Options => Executor.Options;
    public GraphQLRequest Request { get; }
    public IServiceProvider Services { get; }
    public CancellationToken RequestAborted { get; }

    /// <summary>The document text (from the request or the persisted document storage).</summary>
    public string? DocumentText { get; set; }

    /// <summary>The document cache key: the text, or the persisted document id.</summary>
    public DocumentKey? DocumentKey { get; set; }

    /// <summary>The parsed document with its validation result and operation plans.</summary>
    public CachedDocument? Document { get; set; }

    public OperationPlan? Plan { get; set; }

    public IReadOnlyDictionary<string, object?>? Variables { get; set; }

    /// <summary>Set by the middleware that ends the request.</summary>
    public ExecutionResult? Result { get; set; }
}

/// <summary>A middleware's continuation.</summary>
internal delegate ValueTask RequestDelegate(RequestContext context);
