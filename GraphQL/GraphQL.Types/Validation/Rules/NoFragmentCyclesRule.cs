using System;
using System.Collections.Generic;
using System.Text;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads must not form cycles, a fragment spreading itself included
/// (spec §5.5.2.2 Fragment Spreads Must Not Form Cycles). A depth-first search visits each fragment once.
/// </summary>
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = new();
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    public NoFragmentCyclesRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is FragmentDefinitionNode fragment) DetectCycles(fragment);
        return false;
    }

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName)) return;

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0) return;

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                var spreadFragment = Context.GetFragment(spreadName);
                if (spreadFragment is not null) DetectCycles(spreadFragment);
            }
            else
            {
                var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = new StringBuilder();
                for (var i = 0; i < cyclePath.Count - 1; i++)
                {
                    if (i > 0) via.Append(", ");
                    via.Append('"').Append(cyclePath[i].Name.Value).Append('"');
                }

                ReportError(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                    cyclePath);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
