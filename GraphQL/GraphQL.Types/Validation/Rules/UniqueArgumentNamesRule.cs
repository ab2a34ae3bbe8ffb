using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>A field or directive is given each argument at most once (spec §5.4.2 Argument Uniqueness).</summary>
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public UniqueArgumentNamesRule(ValidationContext context) : base(context, Kinds(SyntaxKind.Field, SyntaxKind.Directive)) { }

    public override bool Enter(SyntaxNode node)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count < 2) return true;

        // Grouped in order of first appearance, as graphql-js groupBy.
        var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var argument in arguments)
        {
            var name = argument.Name;
            if (!groups.TryGetValue(name.Value, out var group))
            {
                groups.Add(name.Value, group = new List<SyntaxNode>());
                order.Add(name.Value);
            }

            group.Add(name);
        }

        foreach (var name in order)
        {
            if (groups[name].Count > 1) ReportError($"There can be only one argument named \"{name}\".", groups[name]);
        }

        return true;
    }
}
