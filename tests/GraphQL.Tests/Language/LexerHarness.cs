using System.Collections.Generic;
using System.Text;
using GraphQL.Language;

namespace GraphQL.Tests.Language;

/// <summary>One lexed token as the tests see it.</summary>
internal sealed record LexedToken(string Kind, string? Value, int Line, int Column, int Start, int End);

/// <summary>Runs the ref struct lexer over a string and copies its tokens out.</summary>
internal static class LexerHarness
{
    public static List<LexedToken> LexAll(string source) => LexAll(Encoding.UTF8.GetBytes(source));

    public static List<LexedToken> LexAll(byte[] utf8)
    {
        var reader = new Utf8GraphQLReader(utf8);
        var tokens = new List<LexedToken>();
        while (reader.Read())
        {
            string? value = reader.Kind switch
            {
                TokenKind.Name => reader.GetName(),
                TokenKind.Integer or TokenKind.Float => reader.GetRawText(),
                TokenKind.String or TokenKind.BlockString => reader.GetString(),
                _ => null,
            };
            tokens.Add(new LexedToken(reader.Kind.ToString(), value, reader.Line, reader.Column, reader.Start, reader.End));
        }

        tokens.Add(new LexedToken("EndOfFile", null, reader.Line, reader.Column, reader.Start, reader.End));
        return tokens;
    }

    public static LexedToken LexOne(string source) => LexAll(source)[0];

    public static GraphQLSyntaxException LexError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => LexAll(source));

    public static void AssertError(string source, string message, int line, int column)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
