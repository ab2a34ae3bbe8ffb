using GraphQL.Language;

namespace GraphQL.Tests.Language;

/// <summary>Assertions shared by the language tests.</summary>
internal static class SyntaxAssert
{
    /// <summary>Parsing fails with exactly this message at this line and column.</summary>
    public static void ParseFails(string source, string message, int line, int column, ParserOptions? options = null)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    /// <summary>Two trees are structurally equal; on failure both are printed.</summary>
    public static void Equal(SyntaxNode expected, SyntaxNode actual)
    {
        if (!SyntaxEquality.AreEqual(expected, actual))
        {
            Assert.Fail($"Trees differ.\nExpected:\n{expected}\nActual:\n{actual}");
        }
    }
}
