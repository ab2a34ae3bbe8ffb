using GraphQL.Language;

namespace GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Theory]
    [InlineData(KitchenSink.Query)]
    [InlineData(KitchenSink.Schema)]
    public void TheKitchenSinkPrintsExactlyAsWritten(string source)
    {
        Assert.Equal(source.Replace("\r\n", "\n"), Printer.Print(Parser.Parse(source)));
    }

    [Theory]
    [InlineData(KitchenSink.Query)]
    [InlineData(KitchenSink.Schema)]
    [InlineData("query Q($a: Int = 1 @d) @q { a(b: \"\\u0001\\n\\\"\") ... on T { c } }")]
    [InlineData("type T { f(\"\"\"multi\n  line\"\"\" a: Int = 1, b: [String!]! = [\"x\"]): T @d(a: {x: 1}) }")]
    [InlineData("{ f(s: \"\"\"  leading space\"\"\", t: \"\"\"trailing quote\\\"\"\"\"\"\", u: \"\"\"back\\\\ x\"\"\") }")]
    public void PrintingIsRoundTripSafeAndIdempotent(string source)
    {
        var document = Parser.Parse(source);
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);
        SyntaxAssert.Equal(document, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void VariableDirectivesAndObjectDefaultsPrintLikeGraphQLJs()
    {
        var document = Parser.Parse("query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) { id }");
        Assert.Equal("query ($foo: TestType = {a: 123} @testDirective(if: true) @test) {\n  id\n}", Printer.Print(document));
    }

    /// <summary>Descriptions of executable definitions (spec §2.2) print above what they describe; described variables one per line.</summary>
    [Fact]
    public void DescriptionsOfOperationsFragmentsAndVariablesPrintAboveThem()
    {
        var document = Parser.Parse("\"\"\"Op\nmore\"\"\" query Q(\"v\" $a: Int, $b: Int) { f } \"frag\" fragment F on T { a }");
        var printed = Printer.Print(document);
        Assert.Equal(
            "\"\"\"\nOp\nmore\n\"\"\"\nquery Q(\n  \"v\"\n  $a: Int\n  $b: Int\n) {\n  f\n}\n\n\"frag\"\nfragment F on T {\n  a\n}",
            printed);
        Assert.True(SyntaxEquality.AreEqual(document, Parser.Parse(printed)));
    }

    [Fact]
    public void ADescribedAnonymousQueryIsNotPrintedAsTheShorthand()
    {
        Assert.Equal("\"Anonymous.\"\nquery {\n  a\n}", Printer.Print(Parser.Parse("\"Anonymous.\" query { a }")));
    }

    [Fact]
    public void ShortArgumentListsStayOnTheFieldsLine()
    {
        var document = Parser.Parse("{trip(wheelchair:false arriveBy:false){dateTime}}");
        Assert.Equal("{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}", Printer.Print(document));
    }

    [Fact]
    public void LongArgumentListsPutEachArgumentOnItsOwnLine()
    {
        var document = Parser.Parse(
            "{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}");
        Assert.Equal(
            "{\n  trip(\n    wheelchair: false\n    arriveBy: false\n    includePlannedCancellations: true\n"
            + "    transitDistanceReluctance: 2000\n  ) {\n    dateTime\n  }\n}",
            Printer.Print(document));
    }

    [Fact]
    public void AnonymousQueriesUseTheShorthandOnlyWithoutVariablesOrDirectives()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
        Assert.Equal("query ($v: Int) {\n  a\n}", Printer.Print(Parser.Parse("query ($v: Int) { a }")));
        Assert.Equal("query @d {\n  a\n}", Printer.Print(Parser.Parse("query @d { a }")));
        Assert.Equal("mutation {\n  a\n}", Printer.Print(Parser.Parse("mutation { a }")));
    }

    [Fact]
    public void ArgumentsBreakOntoLinesPastEightyCharacters()
    {
        var shortField = Parser.Parse("{ f(a: \"0123456789\", b: \"0123456789\") }");
        Assert.Equal("{\n  f(a: \"0123456789\", b: \"0123456789\")\n}", Printer.Print(shortField));

        var longField = Parser.Parse("{ f(a: \"0123456789012345678901234567890123\", b: \"0123456789012345678901234567890123\") { g } }");
        Assert.Equal(
            "{\n  f(\n    a: \"0123456789012345678901234567890123\"\n    b: \"0123456789012345678901234567890123\"\n  ) {\n    g\n  }\n}",
            Printer.Print(longField));
    }

    [Fact]
    public void TheLineLengthIsMeasuredWithoutTheFieldsIndentation()
    {
        // 79 characters at any depth stay on one line, as graphql-js measures before indenting.
        var arguments = "(a: \"" + new string('x', 68) + "\")";
        var source = "{ a { b { f" + arguments + " } } }";
        Assert.Contains("      f" + arguments + "\n", Printer.Print(Parser.Parse(source)));
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "\"\"\"simple\"\"\"")]
    [InlineData("\"\"\"  starts with space\"\"\"", "\"\"\"  starts with space\"\"\"")]
    [InlineData("\"\"\"has \\\"\"\" inside\"\"\"", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("\"\"\"ends with \\\"\"\"\"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("\"\"\"two\nlines\"\"\"", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("\"\"\"first\n  second\n    indented\"\"\"", "\"\"\"\nfirst\nsecond\n  indented\n\"\"\"")]
    [InlineData("\"\\\"quoted\\\" \\\\ \\n \\t \\u0007 \\u007F \\u00E9\"", "\"\\\"quoted\\\" \\\\ \\n \\t \\u0007 \\u007F \u00E9\"")]
    public void StringsPrintAsGraphQLJsPrintsThem(string value, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.ParseValue(value)));
    }

    [Theory]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with slash\\", "\"\"\"\nends with slash\\\n\"\"\"")]
    [InlineData("", "\"\"\"\"\"\"")]
    public void BlockStringsEndingInAQuoteOrBackslashCloseOnTheirOwnLine(string value, string printed)
    {
        var node = new StringValueNode(value, block: true);
        Assert.Equal(printed, Printer.Print(node));
        SyntaxAssert.Equal(node, Parser.ParseValue(printed));
    }

    [Fact]
    public void LongSingleLineBlockStringsAreBrokenOntoTheirOwnLines()
    {
        var text = new string('a', 71);
        Assert.Equal("\"\"\"\n" + text + "\n\"\"\"", Printer.Print(new StringValueNode(text, block: true)));
        Assert.Equal("\"\"\"" + text.Substring(1) + "\"\"\"", Printer.Print(new StringValueNode(text.Substring(1), block: true)));
    }

    [Fact]
    public void BlockStringsThatCouldNotRoundTripArePrintedQuoted()
    {
        Assert.Equal("\"\\nleading newline\"", Printer.Print(new StringValueNode("\nleading newline", block: true)));
        Assert.Equal("\"  a\\n  b\"", Printer.Print(new StringValueNode("  a\n  b", block: true)));
        Assert.Equal("\"a\\r\\nb\"", Printer.Print(new StringValueNode("a\r\nb", block: true)));
    }

    [Fact]
    public void NestedBlockStringsAreIndentedWithTheirBlock()
    {
        var printed = Printer.Print(Parser.Parse("type A {\n\"\"\"\nline one\n\n  line two\n\"\"\"\nf: Int }"));
        Assert.Equal("type A {\n  \"\"\"\n  line one\n  \n    line two\n  \"\"\"\n  f: Int\n}", printed);
    }

    [Fact]
    public void ToStringPrintsTheNode()
    {
        var document = Parser.Parse("{ a(b: [1, {c: $d}]) @e }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("a(b: [1, {c: $d}]) @e", field.ToString());
        Assert.Equal("[1, {c: $d}]", field.Arguments[0].Value.ToString());
    }

    [Fact]
    public void HandBuiltTreesPrint()
    {
        var node = new ObjectTypeDefinitionNode(
            new StringValueNode("A thing"),
            new NameNode("Thing"),
            new[] { new NamedTypeNode(new NameNode("Node")) },
            System.Array.Empty<DirectiveNode>(),
            new[]
            {
                new FieldDefinitionNode(
                    null, new NameNode("id"), System.Array.Empty<InputValueDefinitionNode>(),
                    new NonNullTypeNode(new NamedTypeNode(new NameNode("ID"))), System.Array.Empty<DirectiveNode>()),
            });
        Assert.Equal("\"A thing\"\ntype Thing implements Node {\n  id: ID!\n}", node.ToString());
    }
}
