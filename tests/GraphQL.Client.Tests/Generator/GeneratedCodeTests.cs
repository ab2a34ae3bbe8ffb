using GraphQL.Client.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphQL.Client.Tests.Generator;

/// <summary>What the generator writes for a schema and operations: snapshots, and code that compiles.</summary>
public class GeneratedCodeTests
{
    [Fact]
    public void TestProjectOperationsGenerateTheSnapshottedClient()
    {
        var run = new GeneratorHarness(TestFiles.Schema, TestFiles.Operations()).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors());
        Snapshot.Match(run.AllSources());
    }

    [Fact]
    public void FragmentFieldsWithSelectionsAreImplementedExplicitlyWithTheMoreDerivedType()
    {
        const string operation = """
            query Cards {
              product(id: "1") { ...Card category { slug } }
            }
            fragment Card on Product { name category { name } }
            """;
        var run = new GeneratorHarness(TestFiles.Schema, new Dictionary<string, string> { ["/project/Cards.graphql"] = operation }).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors());
        Snapshot.Match(run.AllSources());
    }

    [Fact]
    public void FragmentsOnAbstractTypesAndNestedListsCompile()
    {
        const string operation = """
            query Nodes($ids: [[ID!]]!) {
              node(id: "1") { ...NodeBits }
              search(term: "x") { ...NodeBits ... on Category { products { ...NodeBits tags } } }
              products(order: [{ name: ASC }], where: { and: [{ status: PUBLISHED }] }) { totalCount }
            }
            fragment NodeBits on Node { id ... on Product { name } }
            """;
        var run = new GeneratorHarness(TestFiles.Schema, new Dictionary<string, string> { ["/project/Nodes.graphql"] = operation }).Run();

        Assert.Equal(new[] { "GQL0001" }, run.Diagnostics.Select(d => d.Id));
        Assert.Equal("Variable \"$ids\" is never used in operation \"Nodes\".", run.Diagnostics[0].GetMessage());
    }

    [Fact]
    public void SkipAndIncludeMakeNonNullFieldsNullable()
    {
        const string operation = """
            query Maybe($on: Boolean!) {
              product(id: "1") { name @include(if: $on) ... @skip(if: $on) { slug } id }
            }
            """;
        var run = new GeneratorHarness(TestFiles.Schema, new Dictionary<string, string> { ["/project/Maybe.graphql"] = operation }).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors());
        var source = run.Result.Results[0].GeneratedSources.Single(s => s.HintName == "MaybeQuery.g.cs").SourceText.ToString();
        Assert.Contains("public sealed partial record Maybe_Product(string? Name, string? Slug, string Id) : IMaybe_Product;", source);
    }

    [Fact]
    public void ClientNameAndNamespaceComeFromTheBuildProperties()
    {
        var run = new GeneratorHarness(TestFiles.Schema, TestFiles.Operations(), clientName: "BoutiqueClient", ns: "Boutique.Storefront").Run();

        var client = run.Result.Results[0].GeneratedSources.Single(s => s.HintName == "BoutiqueClient.g.cs").SourceText.ToString();
        Assert.Contains("namespace Boutique.Storefront", client);
        Assert.Contains("public partial interface IBoutiqueClient", client);
        Assert.Contains("public static global::GraphQL.Client.GraphQLClientBuilder AddBoutiqueClient(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services)", client);
        Assert.Empty(run.CompilationErrors());
    }
}
