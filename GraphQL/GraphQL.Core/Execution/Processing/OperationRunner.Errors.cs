using GraphQL.Execution.Results;
using GraphQL.Types;

namespace GraphQL.Execution.Processing;

internal sealed partial class OperationRunner
{
    /// <summary>
    /// Handling Field Errors (spec §6.4.4): record the error at the field's path, then null the field,
    /// or its nearest nullable parent when the field is non-null.
    /// </summary>
    private void HandleFieldError(FieldTask task, GraphQLType type, Exception exception, ResultNode container, int index)
    {
        Errors.Add(ErrorFactory.FromException(exception, ErrorLocation.FromFields(task.Plan.Nodes), container.PathOf(index), _context.Options), container, index);
        PropagateNull(container, index, type is NonNullType);
    }

    private void AddError(FieldTask task, string message, string code, ResultNode container, int index) =>
        Errors.Add(new GraphQLError(message, ErrorLocation.FromFields(task.Plan.Nodes), container.PathOf(index), GraphQLError.CodeExtensions(code)), container, index);

    /// <summary>Sets a slot to null; while the slot's type is non-null, the null moves up to the parent's slot.</summary>
    private void PropagateNull(ResultNode container, int index, bool slotIsNonNull)
    {
        while (slotIsNonNull)
        {
            container.IsDiscarded = true;
            if (container.Parent is null)
            {
                _dataIsNull = true;
                return;
            }

            index = container.ParentIndex;
            slotIsNonNull = container.IsNonNullInParent;
            container = container.Parent;
        }

        container.SetValue(index, null);
    }
}
