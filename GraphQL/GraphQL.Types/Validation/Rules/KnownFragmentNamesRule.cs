using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>Every fragment spread names a fragment defined in the document (spec §5.5.2.1 Fragment Spread Target Defined).</summary>
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public KnownFragmentNamesRule(ValidationContext context) : base(context, Kinds(SyntaxKind.FragmentSpread)) { }

    public override bool Enter(SyntaxNode node)
    {
        var name = ((FragmentSpreadNode)node).Name;
        if (Context.GetFragment(name.Value) is null) ReportError($"Unknown fragment \"{name.Value}\".", name);
        return true;
    }
}
