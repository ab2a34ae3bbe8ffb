using System;

namespace GraphQL.Language;

// Spec §2.12 Directives.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return System.Array.Empty<DirectiveNode>();
        var mark = _lists.Mark;
        do
        {
            _lists.Push(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return _lists.PopArray<DirectiveNode>(mark);
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Here();
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments, LocationFrom(start));
    }
}
