using System.Text.Json.Nodes;
using GraphQL.Language;
using GraphQL.Types;
using Xunit.Abstractions;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// The differential conformance suite: every document of <c>tests/conformance/cases</c> goes to
/// graphql-js 16.15 (the oracle, run once per test run) and to our engine over the same schema and
/// data; any disagreement fails the case and prints both answers. See tests/conformance/cases/README.md.
/// </summary>
public sealed class GraphQLJsConformanceTests : IClassFixture<GraphQLJsOracle>, IClassFixture<OurEngine>
{
    private readonly GraphQLJsOracle _oracle;
    private readonly OurEngine _engine;
    private readonly ITestOutputHelper _output;

    public GraphQLJsConformanceTests(GraphQLJsOracle oracle, OurEngine engine, ITestOutputHelper output)
    {
        _oracle = oracle;
        _engine = engine;
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

    /// <summary>
    /// Our parser accepts exactly the documents graphql-js parses, and rejects the others with graphql-js's
    /// syntax error (message, line and column; spec §2).
    /// </summary>
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

        string? theirs = null;
        if (c.Phase == "parse")
        {
            var error = c.Result["errors"]![0]!;
            var location = error["locations"]![0]!;
            theirs = $"{(string)error["message"]!} ({(int)location["line"]!}:{(int)location["column"]!})";
        }

        if (theirs != ours)
        {
            Assert.Fail($"{caseId}: graphql-js {(theirs is null ? "parses the document" : "rejects it: " + theirs)}; "
                + $"our parser {(ours is null ? "parses it" : "rejects it: " + ours)}.\nDocument:\n{c.Document}");
        }
    }

    /// <summary>
    /// Our validation (spec §5) accepts the documents graphql-js accepts and, for the others, reports
    /// the same errors (messages and locations). Execution-phase answers of graphql-js count as "valid".
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidationAgreesWithGraphQLJs(string caseId)
    {
        var c = _oracle[caseId];
        var expected = Expected(c, out var known);
        var expectedValidation = ConformanceReport.ExpectedValidation(c, expected);
        var actual = _engine.ParseAndValidate(c.Document);
        Report(c, known, ResultComparer.Compare(expectedValidation, actual), expectedValidation, actual);
    }

    public static TheoryData<string> ExecutableCases() => ConformanceCorpus.ExecutableCases();

    /// <summary>
    /// The whole request (parse, validate, select the operation, coerce variables, execute) gives the
    /// same response as graphql-js: same data, same errors (messages, locations and paths).
    /// </summary>
    [Theory]
    [MemberData(nameof(ExecutableCases))]
    public async Task ResponseAgreesWithGraphQLJs(string caseId)
    {
        var c = _oracle[caseId];
        var expected = Expected(c, out var known);
        var actual = await _engine.ExecuteAsync(c);
        var ignoreIntrospectionTypes = (bool?)known?["ignoreIntrospectionTypes"] ?? false;
        Report(c, known, ResultComparer.Compare(expected, actual, ignoreIntrospectionTypes), expected, actual);
    }

    /// <summary>
    /// Our introspection and our SDL printer describe the schema of schema.graphql: graphql-js builds a
    /// schema from our full introspection result (<c>buildClientSchema</c>), one from schema.graphql and
    /// one from the SDL we print (<see cref="SchemaPrinter.Print"/>), prints the three, and the prints
    /// are equal.
    /// </summary>
    [Fact]
    public async Task IntrospectionAndOurPrintedSdlDescribeTheSameSchemaAsTheSdl()
    {
        var introspection = await _engine.ExecuteAsync(_oracle["i01-full-introspection/full-introspection-query"]);
        SdlCrossCheck.AssertSameSchema(introspection, _engine.Schema, ConformanceCorpus.SchemaPath);
    }

    private static JsonObject Expected(OracleCase c, out JsonObject? known) => ConformanceReport.Expected(c, out known);

    private void Report(OracleCase c, JsonObject? known, ResultComparer.Comparison comparison, JsonObject expected, JsonObject actual) =>
        ConformanceReport.Report(_output, c, known, comparison, expected, actual);
}
