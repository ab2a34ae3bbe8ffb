extern alias GeneratorAssembly;

using GraphQL.Client.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Steps = GeneratorAssembly::GraphQL.Client.Generator.ClientGenerator.Steps;

namespace GraphQL.Client.Tests.Generator;

/// <summary>Editing one operation regenerates only what it affects (equatable models keep the rest cached).</summary>
public class IncrementalityTests
{
    private static GeneratorHarness Harness() => new(TestFiles.Schema, new Dictionary<string, string>
    {
        ["/project/Operations/A.graphql"] = "query A { product(id: \"1\") { id } }\n",
        ["/project/Operations/B.graphql"] = "query B { product(id: \"1\") { name } }\n",
        ["/project/Operations/C.graphql"] = "query C { search(term: \"x\") { ... on Category { slug } } }\n",
    });

    [Fact]
    public void EditingOneOperationRegeneratesOnlyThatOperation()
    {
        var harness = Harness();
        harness.Run();
        harness.Edit("/project/Operations/B.graphql", "query B { product(id: \"1\") { name slug } }\n");

        var run = harness.Run();

        Assert.Equal(
            new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged },
            run.OutputReasons(Steps.Operations));
        Assert.All(run.OutputReasons(Steps.SchemaTypes), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, run.OutputReasons(Steps.Schema));
        // The client lists every operation's hash, so it changes with B's document.
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, run.OutputReasons(Steps.Client));
    }

    [Fact]
    public void EditingOnlyWhitespaceRegeneratesNothing()
    {
        var harness = Harness();
        harness.Run();
        harness.Edit("/project/Operations/A.graphql", "query A {\n  product(id: \"1\") {\n    id\n  }\n}\n");

        var run = harness.Run();

        // The file was parsed again, but the analysis came out equal: nothing downstream runs.
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, run.OutputReasons(Steps.Analysis));
        Assert.All(run.OutputReasons(Steps.Operations), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, run.OutputReasons(Steps.Client));
    }

    [Fact]
    public void RunningAgainWithoutEditsCachesEverything()
    {
        var harness = Harness();
        harness.Run();

        var run = harness.Run();

        Assert.All(run.OutputReasons(Steps.Operations), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, run.OutputReasons(Steps.Analysis));
    }
}
