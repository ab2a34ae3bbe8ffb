using GraphQL.Execution.Processing;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// Turns an unexpected exception anywhere in the pipeline into an <c>INTERNAL_SERVER_ERROR</c> result
/// (details only with <see cref="GraphQLExecutionOptions.IncludeExceptionDetails"/>). The client going
/// away is not an error: the cancellation propagates.
/// </summary>
internal sealed class ExceptionMiddleware
{
    private readonly RequestDelegate _next;

    public ExceptionMiddleware(RequestDelegate next) => _next = next;

    public ValueTask InvokeAsync(RequestContext context)
    {
        // A request that completes synchronously (the common case for a cached document) needs no state machine.
        try
        {
            var next = _next(context);
            if (!next.IsCompletedSuccessfully) return AwaitAsync(next, context);
            next.GetAwaiter().GetResult();
            return ValueTask.CompletedTask;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            Fail(context, ex);
            return ValueTask.CompletedTask;
        }
    }

    private static async ValueTask AwaitAsync(ValueTask next, RequestContext context)
    {
        try
        {
            await next.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            Fail(context, ex);
        }
    }

    private static void Fail(RequestContext context, Exception ex)
    {
        context.Executor.LogUnexpected(ex);
        context.Result = ExecutionResult.FromError(ErrorFactory.FromException(ex, null, null, context.Options));
    }
}
