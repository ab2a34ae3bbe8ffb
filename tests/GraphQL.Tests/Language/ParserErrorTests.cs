using GraphQL.Language;
using static GraphQL.Tests.Language.SyntaxAssert;

namespace GraphQL.Tests.Language;

public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("   # only a comment\n", "Syntax Error: Unexpected <EOF>.", 2, 1)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a } b", "Syntax Error: Unexpected Name \"b\".", 1, 7)]
    [InlineData("query { a", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("{ f(a: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ f(a) }", "Syntax Error: Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ f() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("query Foo($x) { f }", "Syntax Error: Expected \":\", found \")\".", 1, 13)]
    [InlineData("query Foo() { f }", "Syntax Error: Expected \"$\", found \")\".", 1, 11)]
    [InlineData("{ f @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("fragment F on T @dir", "Syntax Error: Expected \"{\", found <EOF>.", 1, 21)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("query Foo($x: Int = $) { field }", "Syntax Error: Unexpected \"$\".", 1, 21)]
    [InlineData("query Foo($x: Int @d(a: $y)) { field }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 25)]
    [InlineData("{ f(x: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ f(x: {a 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("query Q($v: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($v: !Int) { a }", "Syntax Error: Expected Name, found \"!\".", 1, 13)]
    [InlineData("query Q($v: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("subscriptions { a }", "Syntax Error: Unexpected Name \"subscriptions\".", 1, 1)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a(b: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ ... on { a } }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    public void ExecutableDocumentErrorsMatchGraphQLJs(string source, string message, int line, int column)
    {
        ParseFails(source, message, line, column);
    }

    [Theory]
    [InlineData("type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("input A {}", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("enum A {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type A { f(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("schema {}", "Syntax Error: Unexpected \"}\".", 1, 9)]
    [InlineData("schema { query: Q, other: X }", "Syntax Error: Unexpected Name \"other\".", 1, 20)]
    [InlineData("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface A", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend foo X", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("union U =", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("union U = | ", "Syntax Error: Expected Name, found <EOF>.", 1, 13)]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("union U = A | | B", "Syntax Error: Expected Name, found \"|\".", 1, 15)]
    [InlineData("type Hello implements World & { field: String }", "Syntax Error: Expected Name, found \"{\".", 1, 31)]
    [InlineData("type Hello implements { field: String }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("type Hello implements & { f: S }", "Syntax Error: Expected Name, found \"{\".", 1, 25)]
    [InlineData("type Hello { world(foo: Int = $v): String }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 31)]
    [InlineData("input I { f: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("scalar S @d(x: $v)", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 16)]
    [InlineData("directive @foo on FIELD | INCORRECT_LOCATION", "Syntax Error: Unexpected Name \"INCORRECT_LOCATION\".", 1, 27)]
    [InlineData("directive @foo on", "Syntax Error: Expected Name, found <EOF>.", 1, 18)]
    [InlineData("directive @foo FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 16)]
    [InlineData("directive foo on FIELD", "Syntax Error: Expected \"@\", found Name \"foo\".", 1, 11)]
    [InlineData("directive @foo on FIELD repeatable", "Syntax Error: Unexpected Name \"repeatable\".", 1, 25)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("\"\"\"Description\"\"\" { f }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"Description\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("query Q(\"Description\" ) { f }", "Syntax Error: Expected \"$\", found \")\".", 1, 23)]
    [InlineData("\"Description\"", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("type A { f: String = 1 }", "Syntax Error: Expected Name, found \"=\".", 1, 20)]
    [InlineData("type A { f String }", "Syntax Error: Expected \":\", found Name \"String\".", 1, 12)]
    [InlineData("type A { \"desc\" }", "Syntax Error: Expected Name, found \"}\".", 1, 17)]
    public void TypeSystemErrorsMatchGraphQLJs(string source, string message, int line, int column)
    {
        ParseFails(source, message, line, column);
    }

    [Fact]
    public void ErrorsInsideBlockStringsReportTheirOwnLine()
    {
        ParseFails("type A {\n  \"\"\"\n  unterminated\n", "Syntax Error: Unterminated string.", 4, 1);
    }

    [Fact]
    public void ParseValueRejectsTrailingTokens()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2"));
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", error.Message);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Fact]
    public void ParseTypeRejectsAValue()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("1"));
        Assert.Equal("Syntax Error: Expected Name, found Int \"1\".", error.Message);
    }

    [Fact]
    public void ExceptionExposesPositionAndDescription()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ é: ~ }"));
        Assert.Equal("Unexpected character: U+00E9.", error.Description);
        Assert.Equal((2, 1, 3), (error.Position, error.Line, error.Column));
    }
}
