using System;
using System.Runtime.CompilerServices;

namespace GraphQL.Language;

// Spec §2.12 Directives.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    /// <remarks>Inlined: nearly every field and definition asks, and nearly all of them have none.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private DirectiveNode[] ParseDirectives(bool isConst) =>
        Peek(TokenKind.At) ? ParseDirectiveList(isConst) : System.Array.Empty<DirectiveNode>();

    private DirectiveNode[] ParseDirectiveList(bool isConst)
    {
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
