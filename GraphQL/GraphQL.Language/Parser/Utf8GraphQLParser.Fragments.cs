using System;

namespace GraphQL.Language;

// Spec §2.8 Fragments.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>
    /// FragmentSpread : ... FragmentName Directives?
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = Here();
        Expect(TokenKind.Spread);

        var hasTypeCondition = SkipKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, LocationFrom(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>
    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    /// TypeCondition : on NamedType
    /// The caller has read the description.
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition(TokenStart start, StringValueNode? description)
    {
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(description, name, typeCondition, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>FragmentName : Name but not on</summary>
    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"u8))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
