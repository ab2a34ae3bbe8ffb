using GraphQL.Execution.Planning;
using GraphQL.Types;

namespace GraphQL.Execution.Processing;

internal sealed partial class OperationRunner
{
    /// <summary>ExecuteField (spec §6.4): coerce the arguments, resolve, complete.</summary>
    private void ExecuteField(FieldTask task)
    {
        if (task.Container.IsDiscarded)
        {
            Return(task);
            return;
        }

        var plan = task.Plan;
        if (plan.Kind == FieldKind.TypeName)
        {
            task.Container.SetValue(task.Index, task.ObjectType.Name);
            Return(task);
            return;
        }

        object? value;
        try
        {
            task.Arguments = plan.GetArguments(_context.Variables);
            var field = plan.Field;
            if (field.PureResolver is { } pure)
            {
                value = pure(task);
            }
            else if (field.Resolver is { } resolver)
            {
                var pending = resolver(task);
                if (!pending.IsCompleted)
                {
                    _pending++;
                    task.AwaitResolver(this, pending);
                    return;
                }

                // A resolver that failed synchronously throws here, like a pure one.
                value = pending.GetAwaiter().GetResult();
            }
            else if (_context.IsSubscriptionEvent && ReferenceEquals(task.ObjectType, _context.Schema.SubscriptionType))
            {
                // The event is the value of the subscription root field (spec §6.2.3.2 MapSourceToResponseEvent).
                value = task.Parent;
            }
            else
            {
                value = plan.ResolveDefault(task.Parent);
            }
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            HandleFieldError(task, task.Plan.Field.Type, ex, task.Container, task.Index);
            Return(task);
            return;
        }

        CompleteField(task, value);
    }

    /// <summary>Completes a field whose resolver finished asynchronously (runs on the runner).</summary>
    internal void CompleteResolved(FieldTask task)
    {
        if (task.ResolverException is { } ex)
        {
            if (IsCancellation(ex)) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex);
            HandleFieldError(task, task.Plan.Field.Type, ex, task.Container, task.Index);
            Return(task);
            return;
        }

        CompleteField(task, task.ResolvedValue);
    }

    private void CompleteField(FieldTask task, object? value)
    {
        if (!task.Container.IsDiscarded)
        {
            CompleteValue(task, task.Plan.Field.Type, value, task.Container, task.Index);
        }

        Return(task);
    }

    private bool IsCancellation(Exception ex) =>
        ex is OperationCanceledException && _context.CancellationToken.IsCancellationRequested;
}
