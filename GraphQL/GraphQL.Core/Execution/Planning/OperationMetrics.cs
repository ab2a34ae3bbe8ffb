using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Planning;

/// <summary>
/// The size of an operation, measured once per plan on the document (fragments expanded, every
/// branch of every type condition counted, so it is an upper bound): the deepest field nesting
/// (root fields are depth 1), the number of field selections, and the estimated cost.
/// <para>
/// Cost model: each field costs 1 times the product of the multipliers of the list fields above it;
/// a list field multiplies by its <c>first</c>, <c>last</c> or <c>take</c> argument when given,
/// else by <see cref="GraphQLExecutionOptions.DefaultListMultiplier"/>. When such an argument is a
/// variable the cost is computed per request, after variable coercion.
/// </para>
/// </summary>
internal sealed class OperationMetrics
{
    private static readonly string[] PageSizeArguments = { "first", "last", "take" };

    private OperationMetrics(int depth, int fieldCount, bool costDependsOnVariables, FieldNode? introspectionField)
    {
        IntrospectionField = introspectionField;
        Depth = depth;
        FieldCount = fieldCount;
        CostDependsOnVariables = costDependsOnVariables;
    }

    public int Depth { get; }
    public int FieldCount { get; }
    public bool CostDependsOnVariables { get; }

    /// <summary>The first <c>__schema</c> or <c>__type</c> selection, if any.</summary>
    public FieldNode? IntrospectionField { get; }

    private (int Multiplier, long Cost)? _staticCost;

    public static OperationMetrics Measure(OperationPlan plan)
    {
        var walker = new Walker(plan, null, 10);
        walker.Walk(plan.Operation.SelectionSet, plan.RootType, 1, 1);
        return new OperationMetrics(walker.MaxDepth, walker.FieldCount, walker.UsesVariables, walker.IntrospectionField);
    }

    /// <summary>The estimated cost for these variable values (cached when it cannot depend on them).</summary>
    public long GetCost(OperationPlan plan, IReadOnlyDictionary<string, object?> variables, int defaultMultiplier)
    {
        if (!CostDependsOnVariables && _staticCost is { } cached && cached.Multiplier == defaultMultiplier) return cached.Cost;
        var walker = new Walker(plan, variables, defaultMultiplier);
        walker.Walk(plan.Operation.SelectionSet, plan.RootType, 1, 1);
        if (!CostDependsOnVariables) _staticCost = (defaultMultiplier, walker.Cost);
        return walker.Cost;
    }

    private sealed class Walker
    {
        private readonly OperationPlan _plan;
        private readonly IReadOnlyDictionary<string, object?>? _variables;
        private readonly int _defaultMultiplier;
        private readonly HashSet<string> _fragmentPath = new(StringComparer.Ordinal);

        public Walker(OperationPlan plan, IReadOnlyDictionary<string, object?>? variables, int defaultMultiplier)
        {
            _plan = plan;
            _variables = variables;
            _defaultMultiplier = defaultMultiplier;
        }

        public int MaxDepth { get; private set; }
        public int FieldCount { get; private set; }
        public long Cost { get; private set; }
        public bool UsesVariables { get; private set; }
        public FieldNode? IntrospectionField { get; private set; }

        public void Walk(SelectionSetNode set, NamedType? parentType, int depth, long multiplier)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        FieldCount++;
                        if (field.Name.Value is "__schema" or "__type") IntrospectionField ??= field;
                        if (depth > MaxDepth) MaxDepth = depth;
                        Cost = Saturate(Cost + multiplier);
                        if (field.SelectionSet is null) break;
                        var definition = (parentType as ComplexType)?.Fields[field.Name.Value];
                        var childMultiplier = multiplier;
                        if (definition is not null && definition.Type.Nullable is ListType)
                        {
                            childMultiplier = Saturate(multiplier * ListFactor(field));
                        }

                        Walk(field.SelectionSet, definition?.Type.GetNamedType(), depth + 1, childMultiplier);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is null ? parentType : _plan.Schema.GetType(inline.TypeCondition.Name.Value);
                        Walk(inline.SelectionSet, inlineType, depth, multiplier);
                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (!_plan.Fragments.TryGetValue(name, out var fragment) || !_fragmentPath.Add(name)) break;
                        Walk(fragment.SelectionSet, _plan.Schema.GetType(fragment.TypeCondition.Name.Value), depth, multiplier);
                        _fragmentPath.Remove(name);
                        break;
                }
            }
        }

        private long ListFactor(FieldNode field)
        {
            foreach (var argument in field.Arguments)
            {
                if (Array.IndexOf(PageSizeArguments, argument.Name.Value) < 0) continue;
                switch (argument.Value)
                {
                    case IntValueNode i when long.TryParse(i.Value, out var n):
                        return Math.Clamp(n, 1, int.MaxValue);
                    case VariableNode v:
                        UsesVariables = true;
                        if (_variables is not null && _variables.TryGetValue(v.Name.Value, out var value) && value is int or long)
                        {
                            return Math.Clamp(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), 1, int.MaxValue);
                        }

                        break;
                }
            }

            return _defaultMultiplier;
        }

        private static long Saturate(long value) => value < 0 || value > int.MaxValue ? int.MaxValue : value;
    }
}
