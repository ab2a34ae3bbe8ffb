using System.Diagnostics;
using System.Text;
using GraphQL.Language;

namespace GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Fact]
    public void OneHundredThousandNestedListsInAValueAreACleanSyntaxError()
    {
        var source = "{ f(a: " + Repeat("[", 100_000) + Repeat("]", 100_000) + ") }";
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 256.", error.Message);
        // The selection set is the first level of nesting, so the 256th bracket is one too many.
        Assert.Equal((1, 8 + 255), (error.Line, error.Column));
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void OneHundredThousandNestedSelectionSetsAreACleanSyntaxError()
    {
        var source = Repeat("{a", 100_000) + Repeat("}", 100_000);
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue }));
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 256.", error.Message);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void OneHundredThousandNestedObjectsAreACleanSyntaxError()
    {
        var source = "{ f(a: " + Repeat("{a:", 100_000) + "1" + Repeat("}", 100_000) + ") }";
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue }));
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 256.", error.Message);
    }

    [Fact]
    public void DeeplyNestedListTypesAreACleanSyntaxError()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(Repeat("[", 100_000) + "Int" + Repeat("]", 100_000)));
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 256.", error.Message);
        Assert.Equal((1, 257), (error.Line, error.Column));
    }

    [Fact]
    public void NestingUpToTheLimitIsAllowed()
    {
        var value = Parser.ParseValue(Repeat("[", 256) + Repeat("]", 256));
        Assert.IsType<ListValueNode>(value);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(Repeat("[", 257) + Repeat("]", 257)));
    }

    [Fact]
    public void TheDepthLimitCanBeLowered()
    {
        var options = new ParserOptions { MaxDepth = 2 };
        Parser.Parse("{ a { b } }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { b { c } } }", options));
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 2.", error.Message);
        Assert.Equal((1, 9), (error.Line, error.Column));
    }

    [Fact]
    public void DocumentsWithMoreTokensThanTheLimitAreRejected()
    {
        var options = new ParserOptions { MaxTokens = 5 };
        Parser.Parse("{ a b c }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", options));
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal((1, 11), (error.Line, error.Column));
    }

    [Fact]
    public void TrustedDocumentsHaveNoTokenLimitButKeepTheDepthLimit()
    {
        var options = ParserOptions.ForTrustedDocuments();
        var document = Parser.Parse("{" + Repeat(" a", 20_000) + " }", options);
        Assert.Equal(20_000, ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Count);
        Assert.Equal(new ParserOptions().MaxDepth, options.MaxDepth);
        Assert.NotSame(options, ParserOptions.ForTrustedDocuments());
    }

    [Fact]
    public void TheDefaultTokenLimitIsFifteenThousand()
    {
        var tooMany = "{" + Repeat(" a", 15_000) + " }";
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(tooMany));
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void TheFieldLimitCountsEveryFieldSelection()
    {
        var options = new ParserOptions { MaxFields = 3 };
        Parser.Parse("{ a { b c } }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { b c } d }", options));
        Assert.Equal("Syntax Error: Document contains more than 3 fields. Parsing aborted.", error.Message);
    }

    [Fact]
    public void ALongButLegalDocumentParses()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 1500; i++)
        {
            builder.Append("query Q").Append(i).Append("($v: [Int!] = [1, 2]) { f(a: $v) { g } }\n");
        }

        var source = builder.ToString();
        var document = Parser.Parse(source, new ParserOptions { MaxTokens = 100_000 });
        Assert.Equal(1500, document.Definitions.Count);
        Assert.Equal(1500, ((OperationDefinitionNode)document.Definitions[1499]).Location!.Value.Line);
    }

    [Fact]
    public void DeepButLegalNestingPrintsAndWalks()
    {
        var source = Repeat("{a", 200) + Repeat("}", 200);
        var document = Parser.Parse(source);
        var printed = Printer.Print(document);
        SyntaxAssert.Equal(document, Parser.Parse(printed));
        Assert.Equal(Printer.Print(Parser.Parse(printed)), printed);
    }
}
