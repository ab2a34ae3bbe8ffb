using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// An introspection query (<c>__schema</c> or <c>__type</c>) nests the list fields <c>fields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> less than three deep, counting through
/// fragments. Not a rule of spec §5: graphql-js recommends it (its <c>recommendedRules</c>) because such
/// a nesting makes a tiny document produce a response exponential in the schema's size. Fragments are
/// checked once per entry depth, so cycles and fan-outs of spreads stay linear.
/// </summary>
internal sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    // Per fragment: the greatest entry depth whose check finished below the limit, and the smallest entry
    // depth whose check reached it. Shared by every introspection root of the document.
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

    public MaxIntrospectionDepthRule(ValidationContext context) : base(context, Kinds(SyntaxKind.Field)) { }

    public override bool Enter(SyntaxNode node)
    {
        var field = (FieldNode)node;
        var name = field.Name.Value;
        if (name is not ("__schema" or "__type")) return true;

        // Per fragment: the greatest entry depth at which this root's walk entered it (also while in progress).
        var visited = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!Exceeds(field, visited, 0)) return true;

        ReportError("Maximum introspection depth exceeded", field);
        return false;
    }

    private bool Exceeds(SyntaxNode node, Dictionary<string, int> visited, int depth)
    {
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
                return SpreadExceeds(spread.Name.Value, visited, depth);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                selectionSet = field.SelectionSet;
                break;
            case InlineFragmentNode inline:
                selectionSet = inline.SelectionSet;
                break;
            case FragmentDefinitionNode fragment:
                selectionSet = fragment.SelectionSet;
                break;
            default:
                return false;
        }

        if (selectionSet is null) return false;
        foreach (var selection in selectionSet.Selections)
        {
            if (Exceeds(selection, visited, depth)) return true;
        }

        return false;
    }

    private bool SpreadExceeds(string name, Dictionary<string, int> visited, int depth)
    {
        // Reaching the limit from some entry depth means reaching it from any deeper one.
        if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth) return true;

        // A revisit at the same or a shallower depth breaks a cycle or repeats a finished check.
        if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
            || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
        {
            return false;
        }

        // An unknown fragment is KnownFragmentNamesRule's error.
        if (Context.GetFragment(name) is not { } fragment) return false;

        visited[name] = depth;
        if (Exceeds(fragment, visited, depth))
        {
            _exceeded[name] = depth;
            return true;
        }

        _checked[name] = depth;
        return false;
    }
}
