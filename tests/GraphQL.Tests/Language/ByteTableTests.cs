using GraphQL.Language;

namespace GraphQL.Tests.Language;

/// <summary>The lexer's constant byte tables agree with the character classes of spec §2.1, byte by byte.</summary>
public sealed class ByteTableTests
{
    [Fact]
    public void EveryByteHasTheClassTheSpecGivesIt()
    {
        for (var b = 0; b < 256; b++)
        {
            var c = (char)b;
            var expected =
                c is ' ' or '\t' or ',' ? ByteClass.Ignored
                : c == '\n' ? ByteClass.LineFeed
                : c == '\r' ? ByteClass.CarriageReturn
                : "!$&():=@[]{|}".IndexOf(c) >= 0 ? ByteClass.Punctuator
                : c == '.' ? ByteClass.Dot
                : c == '"' ? ByteClass.Quote
                : c == '#' ? ByteClass.Hash
                : c == '-' || c is >= '0' and <= '9' ? ByteClass.NumberStart
                : c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' ? ByteClass.NameStart
                : b >= 0x80 ? ByteClass.NonAscii
                : ByteClass.Other;
            Assert.True(expected == ByteTable.Class((byte)b), $"byte 0x{b:X2}: expected {expected}, got {ByteTable.Class((byte)b)}");
            Assert.Equal(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' or >= '0' and <= '9', ByteTable.IsNameContinue(b));
        }
    }

    [Theory]
    [InlineData('!', TokenKind.Bang)]
    [InlineData('$', TokenKind.Dollar)]
    [InlineData('&', TokenKind.Ampersand)]
    [InlineData('(', TokenKind.LeftParenthesis)]
    [InlineData(')', TokenKind.RightParenthesis)]
    [InlineData(':', TokenKind.Colon)]
    [InlineData('=', TokenKind.Equal)]
    [InlineData('@', TokenKind.At)]
    [InlineData('[', TokenKind.LeftBracket)]
    [InlineData(']', TokenKind.RightBracket)]
    [InlineData('{', TokenKind.LeftBrace)]
    [InlineData('|', TokenKind.Pipe)]
    [InlineData('}', TokenKind.RightBrace)]
    internal void EachPunctuatorByteNamesItsToken(char punctuator, TokenKind kind) =>
        Assert.Equal(kind, ByteTable.Punctuator((byte)punctuator));

    [Fact]
    public void NestedListsOfEveryKindKeepTheirOwnItems()
    {
        var document = Parser.Parse(
            "query Q($a: Int = 1, $b: [Int] = [1, [2, 3], {x: [4]}]) @d(a: 1) @e { f(a: [1, 2], b: {c: 3}) @g { h i { j } } k }");
        Assert.Equal(
            "query Q($a: Int = 1, $b: [Int] = [1, [2, 3], {x: [4]}]) @d(a: 1) @e {\n  f(a: [1, 2], b: {c: 3}) @g {\n    h\n    i {\n      j\n    }\n  }\n  k\n}",
            Printer.Print(document));
    }
}
