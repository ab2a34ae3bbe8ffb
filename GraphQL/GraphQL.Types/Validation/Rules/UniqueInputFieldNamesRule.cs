using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>An input object literal gives each field at most once (spec §5.6.3 Input Object Field Uniqueness).</summary>
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private readonly Stack<Dictionary<string, NameNode>> _knownStack = new();
    private Dictionary<string, NameNode>? _known;

    public UniqueInputFieldNamesRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.ObjectValue, SyntaxKind.ObjectField), Kinds(SyntaxKind.ObjectValue)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            if (_known is not null) _knownStack.Push(_known);
            _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            return true;
        }

        var name = ((ObjectFieldNode)node).Name;
        if (_known!.TryGetValue(name.Value, out var first))
        {
            ReportError($"There can be only one input field named \"{name.Value}\".", first, name);
        }
        else
        {
            _known.Add(name.Value, name);
        }

        return true;
    }

    public override void Leave(SyntaxNode node) => _known = _knownStack.Count > 0 ? _knownStack.Pop() : null;
}
