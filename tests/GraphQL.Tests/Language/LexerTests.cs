using System.Text;
using GraphQL.Language;
using static GraphQL.Tests.Language.LexerHarness;

namespace GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Fact]
    public void ByteOrderMarkIsIgnored()
    {
        var token = LexOne("\uFEFF foo");
        Assert.Equal(("Name", "foo", 1, 3), (token.Kind, token.Value, token.Line, token.Column));
    }

    [Theory]
    [InlineData("foo", 1, 1)]
    [InlineData("\nfoo", 2, 1)]
    [InlineData("\rfoo", 2, 1)]
    [InlineData("\r\nfoo", 2, 1)]
    [InlineData("\n\rfoo", 3, 1)]
    [InlineData("\r\r\n\nfoo", 4, 1)]
    [InlineData("\n\n\r\rfoo", 5, 1)]
    [InlineData("\n \r\n \r  foo\n", 4, 3)]
    public void LineTerminatorsAreCountedAsSpecifiedInSection2_1_2(string source, int line, int column)
    {
        var token = LexOne(source);
        Assert.Equal((line, column), (token.Line, token.Column));
    }

    [Theory]
    [InlineData("\n\n    foo\n\n\n", 6)]
    [InlineData("\r\n\r\n  foo\r\n\r\n", 6)]
    [InlineData("\r\r  foo\r\r", 4)]
    [InlineData("\t\t  foo\t\t", 4)]
    [InlineData("\n    #comment\n    foo#comment\n", 18)]
    [InlineData(",,,foo,,,", 3)]
    public void WhiteSpaceCommasAndCommentsAreSkipped(string source, int start)
    {
        var token = LexOne(source);
        Assert.Equal(("Name", "foo", start, start + 3), (token.Kind, token.Value, token.Start, token.End));
    }

    [Fact]
    public void ErrorsReportTheLineAndColumnAfterSkippedWhiteSpace()
    {
        AssertError("\n\n    ~\n", "Syntax Error: Unexpected character: \"~\".", 3, 5);
    }

    [Fact]
    public void EveryPunctuatorIsOneToken()
    {
        var kinds = LexAll("! $ & ( ) ... : = @ [ ] { | }").ConvertAll(t => t.Kind);
        Assert.Equal(
            new[]
            {
                "Bang", "Dollar", "Ampersand", "LeftParenthesis", "RightParenthesis", "Spread", "Colon", "Equal", "At",
                "LeftBracket", "RightBracket", "LeftBrace", "Pipe", "RightBrace", "EndOfFile",
            },
            kinds);
    }

    [Fact]
    public void NamesMayHoldLettersDigitsAndUnderscores()
    {
        var tokens = LexAll("_a1 Z9_z __typename");
        Assert.Equal(new[] { "_a1", "Z9_z", "__typename", null }, tokens.ConvertAll(t => t.Value));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \u0000")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \u0000")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"unescaped control char \u0007\"", "unescaped control char \u0007")]
    [InlineData("\"caf\u00E9 \u20AC \u4E2D\"", "caf\u00E9 \u20AC \u4E2D")]
    public void StringsAreCookedPerSection2_9_4(string source, string value)
    {
        var token = LexOne(source);
        Assert.Equal(("String", value), (token.Kind, token.Value));
    }

    [Fact]
    public void StringTokensSpanTheirQuotes()
    {
        var token = LexOne("  \"abc\"  ");
        Assert.Equal((2, 7, 1, 3), (token.Start, token.End, token.Line, token.Column));
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"no end quote", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("'single quotes'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"lone leading surrogate at the end \\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 36)]
    public void StringErrorsMatchGraphQLJs(string source, string message, int line, int column)
    {
        AssertError(source, message, line, column);
    }

    [Fact]
    public void ColumnsCountUtf16CodeUnitsLikeGraphQLJs()
    {
        // The emoji is four UTF-8 bytes but two UTF-16 code units; "é" two bytes, one unit.
        var tokens = LexAll("\"\U0001F600\u00E9\" x");
        Assert.Equal(("Name", 1, 7), (tokens[1].Kind, tokens[1].Line, tokens[1].Column));
        Assert.Equal(9, tokens[1].Start);
    }

    [Fact]
    public void ColumnsAfterACommentWithNonAsciiTextCountUtf16CodeUnits()
    {
        AssertError("# \u00E9\u00E9 \U0001F600\n  a ~", "Syntax Error: Unexpected character: \"~\".", 2, 5);
    }

    [Fact]
    public void ErrorsInsideStringsAfterNonAsciiTextHaveUtf16Columns()
    {
        AssertError("\"\U0001F600 \\q\"", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 5);
    }

    [Fact]
    public void InvalidUtf8InsideAStringIsAnError()
    {
        var bytes = new byte[] { (byte)'"', (byte)'a', 0xC3, (byte)'"' };
        var error = Assert.Throws<GraphQLSyntaxException>(() => LexAll(bytes));
        Assert.Equal("Syntax Error: Invalid character within String: invalid UTF-8 byte 0xC3.", error.Message);
        Assert.Equal((1, 3, 2), (error.Line, error.Column, error.Position));
    }

    [Fact]
    public void EncodedSurrogatesAreNotUtf8()
    {
        var bytes = new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' };
        var error = Assert.Throws<GraphQLSyntaxException>(() => LexAll(bytes));
        Assert.Equal("Syntax Error: Invalid character within String: invalid UTF-8 byte 0xED.", error.Message);
    }

    [Fact]
    public void InvalidUtf8OutsideStringsIsAnInvalidCharacter()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => LexAll(new byte[] { (byte)'a', (byte)' ', 0xFF }));
        Assert.Equal("Syntax Error: Invalid character: invalid UTF-8 byte 0xFF.", error.Message);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps\n    its indent\n    \"\"\"", "  first line keeps\nits indent")]
    [InlineData("\"\"\"\n\t\ttabs\n\t\t  count\n\"\"\"", "tabs\n  count")]
    [InlineData("\"\"\"\\\\\"\"\"\"\"\"", "\\\"\"\"")]
    public void BlockStringsFollowBlockStringValueOfSection2_9_4(string source, string value)
    {
        var token = LexOne(source);
        Assert.Equal(("BlockString", value), (token.Kind, token.Value));
    }

    [Fact]
    public void TokensAfterAMultiLineBlockStringHaveTheirRealLineAndColumn()
    {
        var tokens = LexAll("\"\"\"\n  spans\r\n  lines \u00E9\n\"\"\"  second_token");
        Assert.Equal(("BlockString", 1, 1), (tokens[0].Kind, tokens[0].Line, tokens[0].Column));
        Assert.Equal(("second_token", 4, 6), (tokens[1].Value, tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void AnUnterminatedBlockStringReportsWhereTheSourceEnds()
    {
        AssertError("\"\"\"no end quote", "Syntax Error: Unterminated string.", 1, 16);
        AssertError("\"\"\"a\nbc", "Syntax Error: Unterminated string.", 2, 3);
    }

    [Theory]
    [InlineData("4", "Integer")]
    [InlineData("4.123", "Float")]
    [InlineData("-4", "Integer")]
    [InlineData("9", "Integer")]
    [InlineData("0", "Integer")]
    [InlineData("-0", "Integer")]
    [InlineData("-4.123", "Float")]
    [InlineData("0.123", "Float")]
    [InlineData("123e4", "Float")]
    [InlineData("123E4", "Float")]
    [InlineData("123e-4", "Float")]
    [InlineData("123e+4", "Float")]
    [InlineData("-1.123e4", "Float")]
    [InlineData("-1.123E4", "Float")]
    [InlineData("-1.123e-4", "Float")]
    [InlineData("-1.123e+4", "Float")]
    [InlineData("-1.123e4567", "Float")]
    [InlineData("12345678901234567890", "Integer")]
    public void NumbersKeepTheirLexeme(string source, string kind)
    {
        var token = LexOne(source);
        Assert.Equal((kind, source), (token.Kind, token.Value));
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("01.23", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.0e\"", "Syntax Error: Invalid number, expected digit but got: '\"'.", 1, 5)]
    [InlineData("1.2e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("1.2e3.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData("1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 5)]
    [InlineData("0xF1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("0b10", "Syntax Error: Invalid number, expected digit but got: \"b\".", 1, 2)]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_234", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1\u00DF", "Syntax Error: Unexpected character: U+00DF.", 1, 2)]
    [InlineData("1.23f", "Syntax Error: Invalid number, expected digit but got: \"f\".", 1, 5)]
    [InlineData("1.234_5", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 6)]
    public void NumberErrorsMatchGraphQLJs(string source, string message, int line, int column)
    {
        AssertError(source, message, line, column);
    }

    [Theory]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".")]
    [InlineData("~", "Syntax Error: Unexpected character: \"~\".")]
    [InlineData("\u0000", "Syntax Error: Unexpected character: U+0000.")]
    [InlineData("\b", "Syntax Error: Unexpected character: U+0008.")]
    [InlineData("\u00AA", "Syntax Error: Unexpected character: U+00AA.")]
    [InlineData("\u0AAA", "Syntax Error: Unexpected character: U+0AAA.")]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.")]
    [InlineData("\U00010000", "Syntax Error: Unexpected character: U+10000.")]
    [InlineData("\U0010FFFF", "Syntax Error: Unexpected character: U+10FFFF.")]
    [InlineData("\"", "Syntax Error: Unterminated string.")]
    public void UnknownCharactersAreReportedByCodePoint(string source, string message)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ALoneSurrogateInAStringSourceIsAnInvalidCharacter()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a }\n  \uDEAD"));
        Assert.Equal("Syntax Error: Invalid character: U+DEAD.", error.Message);
        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void TheEndOfFileTokenIsAtTheEndOfTheSource()
    {
        var tokens = LexAll("a\n  ");
        var eof = tokens[tokens.Count - 1];
        Assert.Equal(("EndOfFile", 4, 2, 3), (eof.Kind, eof.Start, eof.Line, eof.Column));
    }

    [Fact]
    public void AnEmptySourceHasOnlyTheEndOfFile()
    {
        Assert.Single(LexAll(Encoding.UTF8.GetBytes("")));
    }
}
