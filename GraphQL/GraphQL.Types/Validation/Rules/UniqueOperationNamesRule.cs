using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>Every named operation of a document has a unique name (spec §5.2.2.1 Operation Name Uniqueness).</summary>
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public UniqueOperationNamesRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            if (_known.TryGetValue(name.Value, out var first))
            {
                ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                _known.Add(name.Value, name);
            }
        }

        return false;
    }
}
