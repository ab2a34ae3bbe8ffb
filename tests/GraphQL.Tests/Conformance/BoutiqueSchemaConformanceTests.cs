using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace GraphQL.Tests.Conformance;

/// <summary>graphql-js run as <c>node oracle.mjs boutique</c>: the boutique-cases corpus over the repository's schema.graphql.</summary>
public sealed class BoutiqueGraphQLJsOracle : GraphQLJsOracle
{
    public BoutiqueGraphQLJsOracle()
        : base("boutique")
    {
    }
}

/// <summary>Our engine over the repository's schema.graphql (the Boutique API as printed), without resolvers.</summary>
public sealed class BoutiqueEngine : OurEngine
{
    public BoutiqueEngine()
        : base(ConformanceCorpus.BoutiqueSchemaPath, data: null)
    {
    }
}

/// <summary>
/// The differential suite against the Boutique API's own schema (the repository root's schema.graphql, read
/// when the tests run): every document of <c>tests/conformance/boutique-cases</c> is parsed and validated by
/// graphql-js and by our engine, which must agree (valid or not; the same errors, messages and locations).
/// Also the SDL/introspection cross-check of the main suite, for this schema.
/// </summary>
public sealed class BoutiqueSchemaConformanceTests : IClassFixture<BoutiqueGraphQLJsOracle>, IClassFixture<BoutiqueEngine>
{
    private const string FullIntrospectionCase = "b02-catalog-introspection/full-introspection-query";
    private readonly BoutiqueGraphQLJsOracle _oracle;
    private readonly BoutiqueEngine _engine;
    private readonly ITestOutputHelper _output;

    public BoutiqueSchemaConformanceTests(BoutiqueGraphQLJsOracle oracle, BoutiqueEngine engine, ITestOutputHelper output)
    {
        _oracle = oracle;
        _engine = engine;
        _output = output;
    }

    public static TheoryData<string> Cases() => ConformanceCorpus.BoutiqueCases();

    [Fact]
    public void TheCorpusHasAtLeastFortyDocumentsAndGraphQLJsAnsweredEachOfThem()
    {
        var ids = ConformanceCorpus.BoutiqueCaseIds();
        Assert.True(ids.Count >= 40, $"only {ids.Count} cases");
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), _oracle.CaseIds.OrderBy(i => i, StringComparer.Ordinal));
    }

    /// <summary>
    /// A guard against a corpus that silently stops exercising the schema: when the API changes so much
    /// that most "valid" documents fail validation on both sides, the comparisons still agree, but this fails.
    /// </summary>
    [Fact]
    public void MostDocumentsOfTheValidFilesAreValidForGraphQLJs()
    {
        var valid = ConformanceCorpus.BoutiqueCaseIds()
            .Where(id => !id.StartsWith("b03-", StringComparison.Ordinal))
            .Count(id => !_oracle[id].Result.ContainsKey("errors"));
        Assert.True(valid >= 20, $"only {valid} of the valid-by-design documents are valid for graphql-js: has schema.graphql changed? Update boutique-cases.");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidationAgreesWithGraphQLJs(string caseId)
    {
        var c = _oracle[caseId];
        var expected = ConformanceReport.Expected(c, out var known);
        var expectedValidation = ConformanceReport.ExpectedValidation(c, expected);
        var actual = _engine.ParseAndValidate(c.Document);
        ConformanceReport.Report(_output, c, known, ResultComparer.Compare(expectedValidation, actual), expectedValidation, actual);
    }

    /// <summary>Our introspection of the Boutique schema and our print of it describe the schema graphql-js builds from schema.graphql.</summary>
    [Fact]
    public async Task IntrospectionAndOurPrintedSdlDescribeTheSameSchemaAsTheSdl()
    {
        var introspection = await _engine.ExecuteAsync(_oracle[FullIntrospectionCase]);
        SdlCrossCheck.AssertSameSchema(introspection, _engine.Schema, ConformanceCorpus.BoutiqueSchemaPath);
    }
}
