using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// An operation is only valid when the schema has a root type for its kind, e.g. a mutation needs a
/// mutation root (spec §5.2.1.1 Operation Type Existence).
/// </summary>
internal sealed class KnownOperationTypesRule : ValidationRule
{
    public KnownOperationTypesRule(ValidationContext context) : base(context, Kinds(SyntaxKind.OperationDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (Context.Schema.GetRootType(operation.Operation) is null)
        {
            var kind = operation.Operation switch
            {
                OperationType.Query => "query",
                OperationType.Mutation => "mutation",
                _ => "subscription",
            };
            ReportError($"The {kind} operation is not supported by the schema.", operation);
        }

        return true;
    }
}
