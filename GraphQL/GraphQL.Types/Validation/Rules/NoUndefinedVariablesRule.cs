using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation uses, directly or through fragments, is defined by that operation
/// (spec §5.8.3 All Variable Uses Defined).
/// </summary>
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public NoUndefinedVariablesRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition), Kinds(SyntaxKind.OperationDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition) _defined.Add(definition.Variable.Name.Value);
        else _defined.Clear();
        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (_defined.Contains(name)) continue;
            ReportError(
                operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.",
                usage.Node,
                operation);
        }
    }
}
