using GraphQL.Language;

namespace GraphQL.Execution.Planning;

/// <summary>
/// Finds the variables used as <c>if</c> of <c>@skip</c>/<c>@include</c> anywhere in an operation
/// (its fragments included): the collected fields depend on nothing else, so a plan caches one
/// field collection per combination of their values.
/// </summary>
internal static class ConditionVariableFinder
{
    public static string[] Find(OperationDefinitionNode operation, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        var names = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Visit(operation.SelectionSet, fragments, names, visited);
        return names.ToArray();
    }

    private static void Visit(
        SelectionSetNode set, Dictionary<string, FragmentDefinitionNode> fragments, List<string> names, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is not ("skip" or "include")) continue;
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Value is VariableNode v && !names.Contains(v.Name.Value)) names.Add(v.Name.Value);
                }
            }

            switch (selection)
            {
                case FieldNode { SelectionSet: { } sub }:
                    Visit(sub, fragments, names, visited);
                    break;
                case InlineFragmentNode inline:
                    Visit(inline.SelectionSet, fragments, names, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                                                    && fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Visit(fragment.SelectionSet, fragments, names, visited);
                    break;
            }
        }
    }
}
