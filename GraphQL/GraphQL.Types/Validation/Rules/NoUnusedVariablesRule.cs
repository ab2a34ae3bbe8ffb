using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation defines is used, directly or through fragments
/// (spec §5.8.4 All Variables Used).
/// </summary>
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    private readonly List<VariableDefinitionNode> _definitions = new();

    public NoUnusedVariablesRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition), Kinds(SyntaxKind.OperationDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition) _definitions.Add(definition);
        else _definitions.Clear();
        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        if (_definitions.Count == 0) return;
        var operation = (OperationDefinitionNode)node;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation)) used.Add(usage.Node.Name.Value);

        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (used.Contains(name)) continue;
            ReportError(
                operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.",
                definition);
        }
    }
}
