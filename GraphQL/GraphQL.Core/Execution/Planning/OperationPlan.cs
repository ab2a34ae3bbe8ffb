using System.Collections.Concurrent;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Planning;

/// <summary>
/// An operation compiled once per (document, operation name) and reused by every execution:
/// the fragments by name, the variables that <c>@skip</c>/<c>@include</c> depend on, and the
/// collected fields of every selection (spec §6.3.2 CollectFields) cached per object type and per
/// combination of those variables' truth values (<see cref="GetConditionMask"/>), so a hot
/// operation never collects fields again.
/// </summary>
internal sealed class OperationPlan
{
    private readonly ConcurrentDictionary<ulong, SelectionSetPlan> _roots = new();
    private readonly string[] _conditionVariables;

    public OperationPlan(Schema schema, DocumentNode document, OperationDefinitionNode operation, ObjectType rootType)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        RootType = rootType;
        Fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment) Fragments.TryAdd(fragment.Name.Value, fragment);
        }

        _conditionVariables = ConditionVariableFinder.Find(operation, Fragments);
        Metrics = OperationMetrics.Measure(this);
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }
    public OperationDefinitionNode Operation { get; }
    public ObjectType RootType { get; }
    public Dictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Depth, field count and the static part of the cost, measured once.</summary>
    public OperationMetrics Metrics { get; }

    /// <summary>True when the plan cannot be keyed by a 64-bit mask (more than 64 condition variables).</summary>
    public bool HasTooManyConditionVariables => _conditionVariables.Length > 64;

    /// <summary>One bit per condition variable: set when its coerced value is <c>true</c>.</summary>
    public ulong GetConditionMask(IReadOnlyDictionary<string, object?> variables)
    {
        ulong mask = 0;
        for (var i = 0; i < _conditionVariables.Length && i < 64; i++)
        {
            if (variables.TryGetValue(_conditionVariables[i], out var v) && v is true) mask |= 1UL << i;
        }

        return mask;
    }

    /// <summary>True when the variable's bit is set in <paramref name="mask"/>.</summary>
    public bool IsVariableTrue(string name, ulong mask)
    {
        var index = Array.IndexOf(_conditionVariables, name);
        return index >= 0 && (mask & (1UL << index)) != 0;
    }

    /// <summary>The root fields of the operation for the given condition mask.</summary>
    public SelectionSetPlan GetRootSelectionSet(ulong mask) =>
        _roots.TryGetValue(mask, out var plan)
            ? plan
            : _roots.GetOrAdd(mask, m => FieldCollector.CollectRoot(this, m));
}
