using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A fragment may only be spread where its type condition can apply: the possible types of the parent type
/// and of the condition must intersect (spec §5.5.2.3 Fragment Spread Is Possible).
/// </summary>
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public PossibleFragmentSpreadsRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread)) { }

    public override bool Enter(SyntaxNode node)
    {
        var parentType = Context.ParentType;
        if (node is InlineFragmentNode)
        {
            if (Context.Type is NamedType fragmentType && IsComposite(fragmentType) && parentType is not null
                && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }
        }
        else
        {
            var name = ((FragmentSpreadNode)node).Name.Value;
            var fragment = Context.GetFragment(name);
            if (fragment is not null && Context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType
                && IsComposite(fragmentType) && parentType is not null && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                ReportError(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }
        }

        return true;
    }

    private static bool IsComposite(NamedType type) => type is ComplexType or UnionType;
}
