using GraphQL.Execution.Processing;
using GraphQL.Execution.Planning;
using GraphQL.Types;

namespace GraphQL.Data.Execution;

/// <summary>
/// Reads the collected sub-selections of the field being resolved (spec §6.3.2 CollectFields, with
/// fragments, <c>@skip</c> and <c>@include</c> applied) from the executor's plan, so projections and
/// <c>totalCount</c> see exactly what the response will contain.
/// </summary>
internal static class SelectionInspector
{
    /// <summary>The collected fields of the current field for a value of <paramref name="type"/>, or null outside the executor.</summary>
    public static IReadOnlyList<FieldPlan>? GetFields(IResolverContext context, ObjectType type) =>
        context is FieldTask task ? task.Plan.GetSubSelection(type).Fields : null;

    public static IReadOnlyList<FieldPlan> GetFields(FieldPlan field, ObjectType type) => field.GetSubSelection(type).Fields;

    public static bool Selects(IReadOnlyList<FieldPlan>? fields, string name)
    {
        if (fields is null) return true;
        foreach (var field in fields)
        {
            if (field.Field.Name == name) return true;
        }

        return false;
    }
}
