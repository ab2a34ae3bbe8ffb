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

    public async ValueTask InvokeAsync(RequestContext context)
    {
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            context.Executor.LogUnexpected(ex);
            context.Result = ExecutionResult.FromError(ErrorFactory.FromException(ex, null, null, context.Options));
        }
    }
}
