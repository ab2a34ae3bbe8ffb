using GraphQL.Execution.Results;

namespace GraphQL.Execution.Processing;

/// <summary>
/// Subscribe (spec §6.2.3): CreateSourceEventStream calls the root field's
/// <see cref="Types.FieldDefinition.SubscribeResolver"/>; the response stream then executes the
/// selection set once per event (MapSourceToResponseEvent, see <see cref="ResponseStream"/>).
/// Failing to create the source stream is a request error: the result has errors and no data.
/// </summary>
internal static class SubscriptionExecutor
{
    public static async ValueTask<ExecutionResult> SubscribeAsync(OperationContext context, object? rootValue)
    {
        var plan = context.Plan;
        var rootSelection = plan.GetRootSelectionSet(context.Mask);
        if (rootSelection.Fields.Length == 0)
        {
            return ExecutionResult.FromError(GraphQLError.WithCode(
                "A subscription operation must select one top level field.", ErrorCodes.ValidationFailed, plan.Operation));
        }

        var field = rootSelection.Fields[0];
        var task = new FieldTask();
        var root = new ResultMap(rootSelection, null, 0, false);
        task.Initialize(context, field, plan.RootType, rootValue, root, 0);
        IAsyncEnumerable<object?> source;
        try
        {
            task.Arguments = field.GetArguments(context.Variables);
            if (field.Field.SubscribeResolver is not { } subscribe)
            {
                throw new CompletionException("Subscription field must return Async Iterable. Received: undefined.");
            }

            source = await subscribe(task).ConfigureAwait(false)
                ?? throw new CompletionException("Subscription field must return Async Iterable. Received: null.");
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return ExecutionResult.FromError(
                ErrorFactory.FromException(ex, ErrorLocation.FromFields(field.Nodes), root.PathOf(0), context.Options));
        }

        return new ExecutionResult { ResponseStream = new ResponseStream(context, rootSelection, source) };
    }
}
