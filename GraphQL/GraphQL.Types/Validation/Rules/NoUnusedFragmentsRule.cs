using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every fragment is spread by some operation, directly or through other fragments
/// (spec §5.5.1.4 Fragments Must Be Used).
/// </summary>
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    private readonly List<OperationDefinitionNode> _operations = new();
    private readonly List<FragmentDefinitionNode> _fragments = new();

    public NoUnusedFragmentsRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition), Kinds(SyntaxKind.Document)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode operation) _operations.Add(operation);
        else _fragments.Add((FragmentDefinitionNode)node);
        return false;
    }

    public override void Leave(SyntaxNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in _operations)
        {
            foreach (var fragment in Context.GetRecursivelyReferencedFragments(operation)) used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value)) ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
