using GraphQL.Execution.Planning;
using GraphQL.Execution.Results;
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
        CompleteFieldValue(task, value);
        Return(task);
    }

    /// <summary>
    /// ExecuteField for a scalar field with a pure resolver (<see cref="FieldPlan.IsPureLeaf"/>): the same steps as
    /// <see cref="ExecuteField"/>, with the runner's one leaf context as the resolver context. A pure resolver runs
    /// synchronously and a leaf completes nothing under it, so the context is free again when this returns: no
    /// pooled task is rented, initialised and reset per field (it is reset when the runner is returned).
    /// </summary>
    private void ExecutePureLeaf(FieldPlan plan, ObjectType type, object? parent, ResultNode container, int index)
    {
        var task = _leaf ??= new FieldTask();
        task.InitializeLeaf(_context, plan, type, parent, container, index);
        object? value;
        try
        {
            var arguments = plan.GetArguments(_context.Variables);
            if (!ReferenceEquals(task.Arguments, arguments)) task.Arguments = arguments;
            value = plan.Field.PureResolver!(task);
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            HandleFieldError(task, plan.Field.Type, ex, container, index);
            return;
        }

        CompleteFieldValue(task, value);
    }

    private void CompleteFieldValue(FieldTask task, object? value)
    {
        if (!task.Container.IsDiscarded)
        {
            // A non-null scalar value: serialized in place (CompleteValue would reach the same branch).
            if (value is not null && task.Plan.LeafScalar is { } scalar)
            {
                object serialized;
                try
                {
                    serialized = scalar.Serialize(value);
                }
                catch (Exception ex)
                {
                    HandleFieldError(task, task.Plan.Field.Type, ex, task.Container, task.Index);
                    return;
                }

                task.Container.SetValue(task.Index, serialized);
            }
            else
            {
                CompleteValue(task, task.Plan.Field.Type, value, task.Container, task.Index);
            }
        }
    }

    /// <summary>
    /// ExecuteField for a scalar field without arguments read from the parent alone (<see cref="FieldPlan.IsDefaultLeaf"/>):
    /// the value is read and serialized without renting a resolver context. False (nothing written) when the
    /// general path must run: a null value (non-null check, spec §6.4.4) or a serialization error.
    /// A getter that throws is handled here, with a context rented for the error.
    /// </summary>
    private bool TryCompleteDefaultLeaf(FieldPlan plan, ObjectType type, object parent, ResultNode container, int index)
    {
        object? value;
        try
        {
            value = plan.ReadLeaf(parent);
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            var task = Rent(plan, type, parent, container, index);
            HandleFieldError(task, plan.Field.Type, ex, container, index);
            Return(task);
            return true;
        }

        if (value is null) return false;
        object serialized;
        try
        {
            serialized = plan.LeafScalar!.Serialize(value);
        }
        catch (Exception)
        {
            // The general path serializes again and reports the error with the field's path.
            var task = Rent(plan, type, parent, container, index);
            CompleteField(task, value);
            return true;
        }

        container.SetValue(index, serialized);
        return true;
    }

    private bool IsCancellation(Exception ex) =>
        ex is OperationCanceledException && _context.CancellationToken.IsCancellationRequested;
}
