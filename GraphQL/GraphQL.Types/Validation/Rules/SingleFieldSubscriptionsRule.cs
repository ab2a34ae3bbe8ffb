using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A subscription selects exactly one root field, and not an introspection field, after fragments are
/// collected; no selection of that collection may carry <c>@skip</c> or <c>@include</c> (spec §5.2.4.1
/// Single Root Field, CollectSubscriptionFields, September 2025). graphql-js 16 instead evaluates literal
/// conditions (and throws on variable ones); the wording of the directive error is graphql-js 17's.
/// </summary>
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public SingleFieldSubscriptionsRule(ValidationContext context) : base(context, Kinds(SyntaxKind.OperationDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } root) return true;

        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var conditions = new List<SyntaxNode>();
        CollectFields(root, operation.SelectionSet, fields, order, conditions, new HashSet<string>(StringComparer.Ordinal));

        var name = operation.Name?.Value;
        if (conditions.Count > 0)
        {
            ReportError(
                name is not null
                    ? $"Subscription \"{name}\" must not use `@skip` or `@include` directives in the top level selection."
                    : "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.",
                conditions);
            return true;
        }

        if (order.Count > 1)
        {
            var extra = new List<SyntaxNode>();
            for (var i = 1; i < order.Count; i++) extra.AddRange(fields[order[i]]);
            ReportError(
                name is not null
                    ? $"Subscription \"{name}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra);
        }

        foreach (var key in order)
        {
            var fieldNodes = fields[key];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                ReportError(
                    name is not null
                        ? $"Subscription \"{name}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes);
            }
        }

        return true;
    }

    // CollectSubscriptionFields of spec §5.2.4.1: every selection counts; @skip and @include are collected as errors.
    private void CollectFields(
        ObjectType type,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> fields,
        List<string> order,
        List<SyntaxNode> conditions,
        HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include") conditions.Add(directive);
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseName;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields.Add(key, list = new List<FieldNode>());
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(inline.TypeCondition, type))
                    {
                        CollectFields(type, inline.SelectionSet, fields, order, conditions, visited);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (!visited.Add(spread.Name.Value)) break;
                    var fragment = Context.GetFragment(spread.Name.Value);
                    if (fragment is not null && Applies(fragment.TypeCondition, type))
                    {
                        CollectFields(type, fragment.SelectionSet, fields, order, conditions, visited);
                    }

                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode condition, ObjectType type)
    {
        var conditionType = Context.Schema.GetType(condition.Name.Value);
        if (conditionType is null) return false;
        if (ReferenceEquals(conditionType, type)) return true;
        return conditionType.IsAbstractType && Context.Schema.IsSubType(conditionType, type);
    }
}
