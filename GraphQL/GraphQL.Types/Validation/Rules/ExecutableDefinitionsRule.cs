using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A document is only executable when every definition is an operation or a fragment
/// (spec §5.1.1 Executable Definitions).
/// </summary>
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public ExecutableDefinitionsRule(ValidationContext context) : base(context, Kinds(SyntaxKind.Document)) { }

    public override bool Enter(SyntaxNode node)
    {
        foreach (var definition in ((DocumentNode)node).Definitions)
        {
            if (definition is ExecutableDefinitionNode) continue;
            var name = definition.Kind is SyntaxKind.SchemaDefinition or SyntaxKind.SchemaExtension
                ? "schema"
                : definition is INamedSyntaxNode named ? "\"" + named.Name.Value + "\"" : "schema";
            ReportError($"The {name} definition is not executable.", definition);
        }

        return false;
    }
}
