using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A fragment's type condition names an object, interface or union type
/// (spec §5.5.1.3 Fragments on Object, Interface or Union Types).
/// </summary>
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public FragmentsOnCompositeTypesRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is InlineFragmentNode { TypeCondition: { } condition })
        {
            if (IsNonComposite(condition))
            {
                ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
            }
        }
        else if (node is FragmentDefinitionNode fragment && IsNonComposite(fragment.TypeCondition))
        {
            ReportError(
                $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                fragment.TypeCondition);
        }

        return true;
    }

    private bool IsNonComposite(NamedTypeNode condition) =>
        Context.Schema.GetType(condition.Name.Value) is { } type && type is not (ComplexType or UnionType);
}
