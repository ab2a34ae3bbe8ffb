using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>Every variable of an operation has a unique name (spec §5.8.1 Variable Uniqueness).</summary>
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public UniqueVariableNamesRule(ValidationContext context) : base(context, Kinds(SyntaxKind.OperationDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        var definitions = ((OperationDefinitionNode)node).VariableDefinitions;
        if (definitions.Count < 2) return true;

        // Grouped in order of first appearance, as graphql-js groupBy.
        var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name;
            if (!groups.TryGetValue(name.Value, out var group))
            {
                groups.Add(name.Value, group = new List<SyntaxNode>());
                order.Add(name.Value);
            }

            group.Add(name);
        }

        foreach (var name in order)
        {
            if (groups[name].Count > 1) ReportError($"There can be only one variable named \"${name}\".", groups[name]);
        }

        return true;
    }
}
