using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using GraphQL.Client.Generator.Analysis;
using GraphQL.Client.Generator.Emit;
using GraphQL.Client.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GraphQL.Client.Generator;

/// <summary>
/// Generates a typed GraphQL client from <c>schema.graphql</c> and the project's operation files (what
/// StrawberryShake does): parse the schema and build it, parse each operations file, validate them together
/// (spec §5), build equatable models, emit one source file per operation, fragment, schema enum/input type and
/// one for the client. Inputs are <c>AdditionalFiles</c> with <c>GraphQLKind</c> metadata (Schema or Operation),
/// set up by build/GraphQL.Client.Generator.targets.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClientGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps (the incrementality tests look at them).</summary>
    public static class Steps
    {
        public const string Files = "GraphQLFiles";
        public const string Schema = "Schema";
        public const string ParsedFiles = "ParsedFiles";
        public const string Analysis = "Analysis";
        public const string Operations = "OperationModels";
        public const string Fragments = "FragmentModels";
        public const string SchemaTypes = "SchemaTypeModels";
        public const string Client = "ClientModel";
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
        {
            var global = provider.GlobalOptions;
            var ns = Read(global, "build_property.GraphQLClientNamespace") ?? Read(global, "build_property.RootNamespace") ?? "GraphQL.Generated";
            var name = Read(global, "build_property.GraphQLClientName") ?? "GraphQLClient";
            return new ClientSettings(ns, name);
        });

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var (text, options) = pair;
                var kind = Read(options.GetOptions(text), "build_metadata.AdditionalFiles.GraphQLKind");
                if (kind is null || !text.Path.EndsWith(".graphql", StringComparison.OrdinalIgnoreCase)) return null;
                var content = text.GetText(cancellationToken)?.ToString() ?? "";
                return new GraphQLFile(text.Path, string.Equals(kind, "Schema", StringComparison.OrdinalIgnoreCase), content);
            })
            .Where(static f => f is not null)
            .Select(static (f, _) => f!)
            .WithTrackingName(Steps.Files);

        var schemaFiles = files.Where(static f => f.IsSchema).Collect();
        var schema = schemaFiles
            .Select(static (all, _) => SchemaLoader.Load(all.IsDefaultOrEmpty ? null : all[0]))
            .WithTrackingName(Steps.Schema);
        var hasSchemaFile = schemaFiles.Select(static (all, _) => !all.IsDefaultOrEmpty);

        var parsed = files
            .Where(static f => !f.IsSchema)
            .Select(static (f, _) => SchemaLoader.Parse(f))
            .WithTrackingName(Steps.ParsedFiles);

        var analysis = parsed.Collect()
            .Combine(schema)
            .Combine(settings)
            .Combine(hasSchemaFile)
            .Select(static (input, _) => DocumentAnalyzer.Analyze(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .WithTrackingName(Steps.Analysis);

        var operations = analysis.SelectMany(static (a, _) => a.Operations).WithTrackingName(Steps.Operations);
        context.RegisterSourceOutput(operations, static (spc, model) =>
            spc.AddSource(model.Name + model.Kind + ".g.cs", SourceText.From(OperationEmitter.Emit(model), System.Text.Encoding.UTF8)));

        var fragments = analysis.SelectMany(static (a, _) => a.Fragments).WithTrackingName(Steps.Fragments);
        context.RegisterSourceOutput(fragments, static (spc, model) =>
            spc.AddSource(model.Name + "Fragment.g.cs", SourceText.From(FragmentEmitter.Emit(model), System.Text.Encoding.UTF8)));

        var schemaTypes = schema.Combine(settings)
            .SelectMany(static (pair, _) => pair.Left.Schema is { } s ? InputTypes.Build(s, pair.Right.Namespace).ToImmutableArray() : ImmutableArray<SchemaTypeModel>.Empty)
            .WithTrackingName(Steps.SchemaTypes);
        context.RegisterSourceOutput(schemaTypes, static (spc, model) =>
            spc.AddSource(model.Name + ".g.cs", SourceText.From(SchemaTypeEmitter.Emit(model), System.Text.Encoding.UTF8)));

        var client = analysis.Select(static (a, _) => a.Client).WithTrackingName(Steps.Client);
        context.RegisterSourceOutput(client, static (spc, model) =>
        {
            if (model is null) return;
            spc.AddSource(model.ClientName + ".g.cs", SourceText.From(ClientEmitter.Emit(model), System.Text.Encoding.UTF8));
            spc.AddSource(model.ClientName + "PersistedOperations.g.cs", SourceText.From(ClientEmitter.EmitPersistedOperations(model), System.Text.Encoding.UTF8));
        });

        var diagnostics = analysis.Select(static (a, _) => a.Diagnostics)
            .Combine(schema.Select(static (s, _) => s.Diagnostics));
        context.RegisterSourceOutput(diagnostics, static (spc, pair) =>
        {
            foreach (var d in pair.Right) spc.ReportDiagnostic(ToDiagnostic(d));
            foreach (var d in pair.Left) spc.ReportDiagnostic(ToDiagnostic(d));
        });

        var runtimeMissing = context.CompilationProvider
            .Select(static (c, _) => c.GetTypeByMetadataName("GraphQL.Client.OperationExecutor") is null)
            .Combine(files.Collect().Select(static (all, _) => all.Length > 0));
        context.RegisterSourceOutput(runtimeMissing, static (spc, pair) =>
        {
            if (pair.Left && pair.Right)
            {
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.MissingRuntime, Location.None,
                    "The generated GraphQL client needs the GraphQL.Client runtime: add a reference to GraphQL/GraphQL.Client/GraphQL.Client.csproj."));
            }
        });
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo d)
    {
        var location = d.Path.Length == 0
            ? Location.None
            : Location.Create(d.Path, new TextSpan(d.Start, d.Length),
                new LinePositionSpan(new LinePosition(d.StartLine, d.StartColumn), new LinePosition(d.EndLine, d.EndColumn)));
        return Diagnostic.Create(Diagnostics.ById(d.Id), location, d.Message);
    }

    private static string? Read(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
