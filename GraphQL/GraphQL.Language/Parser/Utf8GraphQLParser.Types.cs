using System;

namespace GraphQL.Language;

// Spec §2.11 Type References.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>
    /// Type : NamedType | ListType | NonNullType
    /// ListType : [ Type ]
    /// NonNullType : NamedType ! | ListType !
    /// </summary>
    private TypeNode ParseTypeReference()
    {
        var start = Here();
        TypeNode type;
        if (Peek(TokenKind.LeftBracket))
        {
            EnterNesting();
            MoveNext();
            var inner = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            LeaveNesting();
            type = new ListTypeNode(inner, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Here();
        var name = ParseName();
        return new NamedTypeNode(name, LocationFrom(start));
    }
}
