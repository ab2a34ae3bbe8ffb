extern alias GeneratorAssembly;

using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ClientGenerator = GeneratorAssembly::GraphQL.Client.Generator.ClientGenerator;

namespace GraphQL.Client.Tests.Infrastructure;

/// <summary>
/// Runs the client generator in-process with <see cref="CSharpGeneratorDriver"/>, over GraphQL files given as
/// AdditionalFiles with the same metadata the MSBuild targets set, and compiles what it generates.
/// </summary>
internal sealed class GeneratorHarness
{
    public const string SchemaPath = "/project/schema.graphql";

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private GeneratorDriver _driver;
    private readonly Dictionary<string, InMemoryAdditionalText> _files = new(StringComparer.Ordinal);

    public GeneratorHarness(
        string schema, IReadOnlyDictionary<string, string> operations, string clientName = "TestClient", string ns = "Test.Client", bool withSchema = true)
    {
        if (withSchema) _files[SchemaPath] = new InMemoryAdditionalText(SchemaPath, schema);
        foreach (var (path, text) in operations) _files[path] = new InMemoryAdditionalText(path, text);

        var options = new OptionsProvider(
            new Dictionary<string, string> { ["build_property.GraphQLClientName"] = clientName, ["build_property.RootNamespace"] = ns },
            SchemaPath);
        _driver = CSharpGeneratorDriver.Create(
            new[] { new ClientGenerator().AsSourceGenerator() },
            _files.Values,
            s_parseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator (again, incrementally) over the current files.</summary>
    public GeneratorRun Run()
    {
        var compilation = CreateCompilation();
        _driver = _driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(_driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Adds a GraphQL file, as creating one in the IDE would.</summary>
    public GeneratorHarness Also(string path, string text)
    {
        var added = new InMemoryAdditionalText(path, text);
        _driver = _driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added));
        _files[path] = added;
        return this;
    }

    /// <summary>Replaces the text of one GraphQL file, as an edit in the IDE would.</summary>
    public void Edit(string path, string text)
    {
        var updated = new InMemoryAdditionalText(path, text);
        _driver = _driver.ReplaceAdditionalText(_files[path], updated);
        _files[path] = updated;
    }

    private static CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Anchor { } }", s_parseOptions) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The test host's platform assemblies (BCL + ASP.NET Core shared framework) plus GraphQL.Client.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = new List<MetadataReference>();
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "mscorlib" or "netstandard"
                || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name == "GraphQL.Client")
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return references.ToImmutableArray();
    });

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, string> globals, string schemaPath) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.GraphQLKind"] = textFile.Path == schemaPath ? "Schema" : "Operation",
            });
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>The outcome of one generator run: generated sources, the compilation including them, diagnostics.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Every generated file, sorted by hint name, joined with a header line each: the snapshot text.</summary>
    public string AllSources()
    {
        var builder = new System.Text.StringBuilder();
        foreach (var source in Result.Results[0].GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            builder.Append("// ---- ").Append(source.HintName).Append(" ----\n");
            builder.Append(source.SourceText.ToString().Replace("\r\n", "\n")).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The errors of compiling the generated code (with the consumer's nullable settings).</summary>
    public IReadOnlyList<Diagnostic> CompilationErrors()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        return emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    public IEnumerable<IncrementalStepRunReason> OutputReasons(string step) =>
        Result.Results[0].TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason)
            : Enumerable.Empty<IncrementalStepRunReason>();
}
