using GraphQL.Execution.Planning;
using GraphQL.Execution.Processing;
using GraphQL.Types;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// The state one request carries through the pipeline; each middleware fills in a part. Contexts are
/// pooled, one idle context per thread (like <see cref="OperationRunner"/>), with the
/// <see cref="OperationContext"/> a query or mutation executes with: a request that completed returns its
/// context before the next request on that thread rents it.
/// </summary>
internal sealed class RequestContext
{
    [ThreadStatic] private static RequestContext? t_idle;

    private bool _operationInUse;

    private RequestContext()
    {
        Executor = null!;
        Request = null!;
        Services = null!;
    }

    /// <summary>A context for one request, reused from this thread when one is idle; give it back with <see cref="Return"/>.</summary>
    public static RequestContext Rent(RequestExecutor executor, GraphQLRequest request, IServiceProvider services, CancellationToken requestAborted)
    {
        var context = t_idle ?? new RequestContext();
        t_idle = null;
        context.Executor = executor;
        context.Request = request;
        context.Services = services;
        context.RequestAborted = requestAborted;
        return context;
    }

    /// <summary>
    /// Makes the context reusable once the pipeline completed and its result was taken. A context whose
    /// operation did not complete (a resolver may still be running and reading it) is left to the GC.
    /// </summary>
    public void Return()
    {
        if (_operationInUse) return;
        Executor = null!;
        Request = null!;
        Services = null!;
        RequestAborted = default;
        DocumentText = null;
        DocumentKey = null;
        Document = null;
        Plan = null;
        Variables = null;
        Result = null;
        t_idle = this;
    }

    public RequestExecutor Executor { get; private set; }
    public Schema Schema => Executor.Schema;
    public GraphQLExecutionOptions Options => Executor.Options;
    public GraphQLRequest Request { get; private set; }
    public IServiceProvider Services { get; private set; }
    public CancellationToken RequestAborted { get; private set; }

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

    /// <summary>The context a query or mutation executes with, reused by the next request; release it with <see cref="ReleaseOperation"/>.</summary>
    public OperationContext RentOperation(CancellationToken cancellationToken)
    {
        var operation = Operation ??= new OperationContext();
        operation.Initialize(Plan!, Variables!, Services, Options, Request.ContextData, Request.User, cancellationToken);
        _operationInUse = true;
        return operation;
    }

    /// <summary>The operation completed: no resolver can still reach its context.</summary>
    public void ReleaseOperation()
    {
        Operation!.Reset();
        _operationInUse = false;
    }

    private OperationContext? Operation { get; set; }
}

/// <summary>A middleware's continuation.</summary>
internal delegate ValueTask RequestDelegate(RequestContext context);
