using GraphQL.Execution.Processing;
using GraphQL.Language;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// ExecuteRequest (spec §6.1): queries and mutations run under
/// <see cref="GraphQLExecutionOptions.ExecutionTimeout"/> (<c>EXECUTION_TIMEOUT</c>); a subscription
/// returns its response stream, which is not time-limited.
/// </summary>
internal sealed class ExecutionMiddleware
{
    private readonly RequestDelegate _next;

    public ExecutionMiddleware(RequestDelegate next) => _next = next;

    public async ValueTask InvokeAsync(RequestContext context)
    {
        var plan = context.Plan!;
        var request = context.Request;
        var contextData = request.ContextData;

        if (plan.Operation.Operation == OperationType.Subscription)
        {
            var subscriptionContext = new OperationContext(
                plan, context.Variables!, context.Services, context.Options, contextData, request.User, context.RequestAborted);
            context.Result = await SubscriptionExecutor.SubscribeAsync(subscriptionContext, request.RootValue).ConfigureAwait(false);
            await _next(context).ConfigureAwait(false);
            return;
        }

        var timeout = context.Options.ExecutionTimeout;
        TimeoutSourcePool.Lease? lease = timeout is { } t ? context.Executor.TimeoutSources.Rent(t, context.RequestAborted) : null;
        var operationContext = context.RentOperation(lease?.Source.Token ?? context.RequestAborted);
        try
        {
            var runner = OperationRunner.Rent(operationContext);
            var serial = plan.Operation.Operation == OperationType.Mutation;
            var root = plan.GetRootSelectionSet(operationContext.Mask);
            context.Result = await runner.ExecuteAsync(root, plan.RootType, request.RootValue, serial).ConfigureAwait(false);

            // Completed: nothing is in flight, so the runner and the operation context can serve the next request.
            runner.Return();
            context.ReleaseOperation();
        }
        catch (OperationCanceledException) when (lease is { Source.IsCancellationRequested: true } && !context.RequestAborted.IsCancellationRequested)
        {
            context.Result = ExecutionResult.FromError(GraphQLError.WithCode(
                $"The operation was cancelled because it exceeded the execution timeout of {timeout!.Value.TotalSeconds:0.###} seconds.",
                ErrorCodes.ExecutionTimeout));
        }
        finally
        {
            lease?.Dispose();
        }

        context.Executor.LogErrors(context.Result!);
        await _next(context).ConfigureAwait(false);
    }
}
