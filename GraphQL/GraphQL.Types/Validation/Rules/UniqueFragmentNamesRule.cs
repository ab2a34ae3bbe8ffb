using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>Every fragment of a document has a unique name (spec §5.5.1.1 Fragment Name Uniqueness).</summary>
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public UniqueFragmentNamesRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            var name = fragment.Name;
            if (_known.TryGetValue(name.Value, out var first))
            {
                ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
            }
            else
            {
                _known.Add(name.Value, name);
            }
        }

        return false;
    }
}
