using GraphQL.Client.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphQL.Client.Tests.Generator;

/// <summary>Invalid operations and schemas are compile errors pointing at the .graphql file, line and column.</summary>
public class DiagnosticsTests
{
    private static Diagnostic Single(string schema, string operation, string path = "/project/Operations/Bad.graphql")
    {
        var run = new GeneratorHarness(schema, new Dictionary<string, string>
        {
            ["/project/Operations/A.graphql"] = "query Fine { product(id: \"1\") { id } }\n",
            [path] = operation,
        }).Run();
        return Assert.Single(run.Diagnostics);
    }

    private static void AssertAt(Diagnostic diagnostic, string id, string message, string path, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(message, diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    [Fact]
    public void UnknownFieldIsAnErrorAtTheFieldWithASuggestion()
    {
        var diagnostic = Single(TestFiles.Schema, "query Bad {\n  product(id: \"1\") {\n    nmae\n  }\n}\n");

        AssertAt(diagnostic, "GQL0001", "Cannot query field \"nmae\" on type \"Product\". Did you mean \"name\"?",
            "/project/Operations/Bad.graphql", 3, 5);
        Assert.Equal(4, diagnostic.Location.SourceSpan.Length);
    }

    [Fact]
    public void WrongArgumentTypeIsAnErrorAtTheValue()
    {
        var diagnostic = Single(TestFiles.Schema, "query Bad {\n  products(first: \"ten\") { totalCount }\n}\n");

        AssertAt(diagnostic, "GQL0001", "Int cannot represent non-integer value: \"ten\"", "/project/Operations/Bad.graphql", 2, 19);
    }

    [Fact]
    public void UnknownFragmentIsAnErrorAtTheSpread()
    {
        var diagnostic = Single(TestFiles.Schema, "query Bad {\n  product(id: \"1\") { ...Missing }\n}\n");

        AssertAt(diagnostic, "GQL0001", "Unknown fragment \"Missing\".", "/project/Operations/Bad.graphql", 2, 25);
    }

    [Fact]
    public void SchemaSyntaxErrorIsAnErrorInTheSchemaFile()
    {
        var diagnostic = Single("type Query {\n  name: \n}\n", "query Bad { name }\n");

        AssertAt(diagnostic, "GQL0003", "Syntax Error: Expected Name, found \"}\".", GeneratorHarness.SchemaPath, 3, 1);
    }

    [Fact]
    public void OperationSyntaxErrorIsAnErrorInItsFile()
    {
        var diagnostic = Single(TestFiles.Schema, "query Bad {\n  product(id: ) { id }\n}\n");

        AssertAt(diagnostic, "GQL0002", "Syntax Error: Unexpected \")\".", "/project/Operations/Bad.graphql", 2, 15);
    }

    [Fact]
    public void ErrorsInALaterFileMapToThatFilesOwnLines()
    {
        var diagnostic = Single(TestFiles.Schema, "\n\n\nquery Bad { product(id: \"1\") { id nope } }\n", "/project/Operations/Z.graphql");

        AssertAt(diagnostic, "GQL0001", "Cannot query field \"nope\" on type \"Product\". Did you mean \"name\"?", "/project/Operations/Z.graphql", 4, 35);
    }

    [Fact]
    public void FragmentsAreSharedAcrossFiles()
    {
        var run = new GeneratorHarness(TestFiles.Schema, new Dictionary<string, string>
        {
            ["/project/Operations/Q.graphql"] = "query Q { product(id: \"1\") { ...Shared } }\n",
            ["/project/Operations/F.graphql"] = "fragment Shared on Product { id name }\n",
        }).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors());
    }

    [Fact]
    public void AnonymousOperationIsAnError()
    {
        var run = new GeneratorHarness(TestFiles.Schema, new Dictionary<string, string>
        {
            ["/project/Operations/Bad.graphql"] = "{ product(id: \"1\") { id } }\n",
        }).Run();
        var diagnostic = Assert.Single(run.Diagnostics);

        AssertAt(diagnostic, "GQL0006", "A client operation needs a name: it names the generated method and result types.",
            "/project/Operations/Bad.graphql", 1, 1);
    }

    [Fact]
    public void InvalidOperationIsNotGeneratedButValidOnesAre()
    {
        var run = new GeneratorHarness(TestFiles.Schema, new Dictionary<string, string>
        {
            ["/project/Operations/A.graphql"] = "query Fine { product(id: \"1\") { id } }\n",
            ["/project/Operations/B.graphql"] = "query Broken { product(id: \"1\") { nope } }\n",
        }).Run();

        var hints = run.Result.Results[0].GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("FineQuery.g.cs", hints);
        Assert.DoesNotContain("BrokenQuery.g.cs", hints);
    }

    [Fact]
    public void InvalidSchemaIsAnErrorInTheSchemaFile()
    {
        var diagnostic = Single("type Query {\n  name: Missing\n}\n", "query Bad { name }\n");

        AssertAt(diagnostic, "GQL0004", "Unknown type \"Missing\".", GeneratorHarness.SchemaPath, 1, 1);
    }

    [Fact]
    public void OperationsWithoutASchemaAreAnError()
    {
        var run = new GeneratorHarness(TestFiles.Schema, new Dictionary<string, string>(), withSchema: false)
            .Also("/project/Operations/A.graphql", "query A { x }\n")
            .Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GQL0005", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
    }
}
