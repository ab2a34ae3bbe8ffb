using GraphQL.Language;

namespace GraphQL.Tests.Language;

public sealed class SyntaxEqualityTests
{
    [Fact]
    public void TreesThatDifferOnlyInLayoutAndLocationsAreEqual()
    {
        Assert.True(SyntaxEquality.AreEqual(Parser.Parse("{a(b:1)}"), Parser.Parse("query {\n  a ( b : 1 ) , }")));
    }

    [Theory]
    [InlineData("{ a }", "{ b }")]
    [InlineData("{ a }", "{ x: a }")]
    [InlineData("{ a(b: 1) }", "{ a(b: 1.0) }")]
    [InlineData("{ a(b: \"x\") }", "{ a(b: \"\"\"x\"\"\") }")]
    [InlineData("query { a }", "mutation { a }")]
    [InlineData("{ a(b: true) }", "{ a(b: false) }")]
    [InlineData("{ a(b: [1]) }", "{ a(b: [1, 2]) }")]
    [InlineData("directive @a on FIELD", "directive @a repeatable on FIELD")]
    [InlineData("schema { query: Q }", "schema { mutation: Q }")]
    [InlineData("{ ...On }", "{ ... on A { b } }")]
    public void TreesThatDifferAreNotEqual(string left, string right)
    {
        Assert.False(SyntaxEquality.AreEqual(Parser.Parse(left), Parser.Parse(right)));
    }
}
