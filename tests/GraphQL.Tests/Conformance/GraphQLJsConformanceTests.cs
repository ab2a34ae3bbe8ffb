using GraphQL.Language;
using Xunit.Abstractions;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// The differential conformance suite: every document of <c>tests/conformance/cases</c> goes to
/// graphql-js 16.15 (the oracle, run once per test run) and to our engine over the same schema and
/// data; any disagreement fails the case and prints both answers. See tests/conformance/cases/README.md.
/// </summary>
public sealed class GraphQLJsConformanceTests : IClassFixture<GraphQLJsOracle>
{
    private readonly GraphQLJsOracle _oracle;
    private readonly ITestOutputHelper _output;

    public GraphQLJsConformanceTests(GraphQLJsOracle oracle, ITestOutputHelper output)
    {
        _oracle = oracle;
        _output = output;
    }

    public static TheoryData<string> Cases() => ConformanceCorpus.Cases();

    [Fact]
    public void TheCorpusHasAtLeastThreeHundredDocumentsAndGraphQLJsAnsweredEachOfThem()
    {
        var ids = ConformanceCorpus.CaseIds();
        Assert.True(ids.Count >= 300, $"only {ids.Count} cases");
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), _oracle.CaseIds.OrderBy(i => i, StringComparer.Ordinal));
    }

    /// <summary>Our parser accepts exactly the documents graphql-js parses; a syntax error is one error (spec §2).</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void ParserAcceptsAndRejectsTheSameDocumentsAsGraphQLJs(string caseId)
    {
        var c = _oracle[caseId];
        string? ours = null;
        try
        {
            Parser.Parse(c.Document);
        }
        catch (GraphQLSyntaxException ex)
        {
            ours = $"{ex.Message} ({ex.Line}:{ex.Column})";
        }

        var theirs = c.Phase == "parse" ? c.Result["errors"]![0]!.ToJsonString() : null;
        if ((theirs is null) != (ours is null))
        {
            Assert.Fail($"{caseId}: graphql-js {(theirs is null ? "parses the document" : "rejects it: " + theirs)}; "
                + $"our parser {(ours is null ? "parses it" : "rejects it: " + ours)}.\nDocument:\n{c.Document}");
        }

        if (theirs is not null) _output.WriteLine($"graphql-js: {theirs}\nours:       {ours}");
    }
}
