using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Planning;

/// <summary>
/// CollectFields and CollectSubfields (spec §6.3.2, §6.4.3): groups the fields of a selection by
/// response name for one object type, honouring <c>@skip</c>/<c>@include</c> and fragment type
/// conditions (DoesFragmentTypeApply). Runs once per cached plan entry, never per request.
/// </summary>
internal static class FieldCollector
{
    public static SelectionSetPlan CollectRoot(OperationPlan plan, ulong mask)
    {
        var builder = new Builder(plan, plan.RootType, mask);
        builder.Collect(plan.Operation.SelectionSet);
        return builder.Build();
    }

    public static SelectionSetPlan CollectSubfields(OperationPlan plan, ObjectType type, FieldNode[] nodes, ulong mask)
    {
        var builder = new Builder(plan, type, mask);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null) builder.Collect(node.SelectionSet);
        }

        return builder.Build();
    }

    /// <summary>DoesFragmentTypeApply (spec §6.3.2).</summary>
    public static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedType? fragmentType) => fragmentType switch
    {
        null => false,
        ObjectType o => ReferenceEquals(o, objectType),
        InterfaceType or UnionType => schema.IsSubType(fragmentType, objectType),
        _ => false,
    };

    private sealed class Builder
    {
        private readonly OperationPlan _plan;
        private readonly ObjectType _type;
        private readonly ulong _mask;
        private readonly List<string> _order = new();
        private readonly Dictionary<string, List<FieldNode>> _groups = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public Builder(OperationPlan plan, ObjectType type, ulong mask)
        {
            _plan = plan;
            _type = type;
            _mask = mask;
        }

        public void Collect(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection.Directives)) continue;
                switch (selection)
                {
                    case FieldNode field:
                        var key = field.ResponseName;
                        if (!_groups.TryGetValue(key, out var group))
                        {
                            group = new List<FieldNode>(1);
                            _groups.Add(key, group);
                            _order.Add(key);
                        }

                        group.Add(field);
                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (!_visitedFragments.Add(name)) continue;
                        if (!_plan.Fragments.TryGetValue(name, out var fragment)) continue;
                        if (!DoesFragmentTypeApply(_plan.Schema, _type, _plan.Schema.GetType(fragment.TypeCondition.Name.Value))) continue;
                        Collect(fragment.SelectionSet);
                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is { } condition
                            && !DoesFragmentTypeApply(_plan.Schema, _type, _plan.Schema.GetType(condition.Name.Value))) continue;
                        Collect(inline.SelectionSet);
                        break;
                }
            }
        }

        public SelectionSetPlan Build()
        {
            var fields = new List<FieldPlan>(_order.Count);
            foreach (var key in _order)
            {
                var nodes = _groups[key].ToArray();
                var fieldName = nodes[0].Name.Value;
                FieldDefinition? definition;
                var kind = FieldKind.Field;
                switch (fieldName)
                {
                    case "__typename":
                        kind = FieldKind.TypeName;
                        definition = Introspection.TypeNameField;
                        break;
                    case "__schema" when ReferenceEquals(_type, _plan.Schema.QueryType):
                        kind = FieldKind.Schema;
                        definition = Introspection.SchemaField;
                        break;
                    case "__type" when ReferenceEquals(_type, _plan.Schema.QueryType):
                        kind = FieldKind.Type;
                        definition = Introspection.TypeField;
                        break;
                    default:
                        definition = _type.Fields[fieldName];
                        break;
                }

                // Unknown fields are a validation error (spec §5.3.1); execution skips them like graphql-js.
                if (definition is null) continue;
                fields.Add(new FieldPlan(_plan, _mask, key, nodes, _type, definition, kind));
            }

            return new SelectionSetPlan(fields.ToArray(), _mask);
        }

        /// <summary>The <c>@skip</c> and <c>@include</c> directives (spec §3.13.1, §3.13.2).</summary>
        private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
        {
            for (var i = 0; i < directives.Count; i++)
            {
                var directive = directives[i];
                var name = directive.Name.Value;
                var isSkip = name == "skip";
                if (!isSkip && name != "include") continue;
                var condition = IsConditionTrue(directive);
                if (isSkip ? condition : !condition) return false;
            }

            return true;
        }

        private bool IsConditionTrue(DirectiveNode directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if") continue;
                return argument.Value switch
                {
                    BooleanValueNode b => b.Value,
                    VariableNode v => _plan.IsVariableTrue(v.Name.Value, _mask),
                    _ => false,
                };
            }

            return false;
        }
    }
}
