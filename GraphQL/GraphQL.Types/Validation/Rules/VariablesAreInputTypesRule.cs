using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>A variable's type is a scalar, enum or input object type (spec §5.8.2 Variables Are Input Types).</summary>
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public VariablesAreInputTypesRule(ValidationContext context) : base(context, Kinds(SyntaxKind.VariableDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        var definition = (VariableDefinitionNode)node;
        var type = TypeInfo.TypeFromAst(Context.Schema, definition.Type);
        if (type is not null && !type.IsInputType)
        {
            ReportError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{ValuePrinter.Print(definition.Type)}\".",
                definition.Type);
        }

        return true;
    }
}
