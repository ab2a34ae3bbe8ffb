using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// An anonymous operation (including the query shorthand) must be the only operation of its document
/// (spec §5.2.3.1 Lone Anonymous Operation).
/// </summary>
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    public LoneAnonymousOperationRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.Document, SyntaxKind.OperationDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is DocumentNode document)
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is OperationDefinitionNode) _operationCount++;
            }
        }
        else if (((OperationDefinitionNode)node).Name is null && _operationCount > 1)
        {
            ReportError("This anonymous operation must be the only defined operation.", node);
        }

        return true;
    }
}
