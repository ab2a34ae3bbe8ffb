using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using GraphQL.Client.Generator.Model;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>Everything generated from the operation files: one model per output file, plus diagnostics.</summary>
internal sealed record AnalysisResult(
    EquatableArray<OperationModel> Operations,
    EquatableArray<FragmentModel> Fragments,
    ClientModel? Client,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Validates all operation files together against the schema (spec §5: fragments are shared across files, and
/// operation names must be unique across them) and builds the equatable models of what to generate.
/// </summary>
internal static class DocumentAnalyzer
{
    public static AnalysisResult Analyze(ImmutableArray<ParsedFile> files, SchemaResult schemaResult, ClientSettings settings, bool hasSchemaFile)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var parsed = new List<ParsedFile>();
        foreach (var file in files)
        {
            if (file.Error is not null) diagnostics.Add(file.Error);
            else parsed.Add(file);
        }

        if (schemaResult.Schema is not { } schema)
        {
            if (!hasSchemaFile && files.Length > 0)
            {
                diagnostics.Add(new DiagnosticInfo("GQL0005",
                    "GraphQL operations were given but no schema: set the GraphQLSchema property to the schema file (default: schema.graphql beside the project).",
                    "", 0, 0, 0, 0, 0, 0));
            }

            return Empty(diagnostics);
        }

        // Files sorted by path so the combined document, and so every output, does not depend on item order.
        parsed.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var combined = Combine(parsed, out var fileStarts);
        DocumentNode document;
        try
        {
            // Operation files are the project's own source, so the request-sized token limit does not apply.
            document = Parser.Parse(combined, ParserOptions.ForTrustedDocuments());
        }
        catch (GraphQLSyntaxException)
        {
            return Empty(diagnostics); // each file parsed alone; joined with line breaks they cannot fail.
        }

        var definitionFile = new Dictionary<DefinitionNode, ParsedFile>();
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var invalid = new HashSet<DefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !fragments.ContainsKey(fragment.Name.Value)) fragments.Add(fragment.Name.Value, fragment);
        }

        var lines = new Dictionary<string, SourceLines>();
        foreach (var file in parsed) lines[file.Path] = new SourceLines(file.Text);

        var validation = DocumentValidator.Validate(schema, document);
        foreach (var error in validation.Errors)
        {
            if (error.Locations.Count == 0)
            {
                diagnostics.Add(new DiagnosticInfo("GQL0001", error.Message, "", 0, 0, 0, 0, 0, 0));
                continue;
            }

            var location = error.Locations[0];
            var (file, line) = FileAt(parsed, fileStarts, location.Line);
            diagnostics.Add(lines[file.Path].Diagnostic("GQL0001", error.Message, file.Path, line, location.Column));
            foreach (var l in error.Locations)
            {
                if (DefinitionAt(document, l) is { } d) invalid.Add(d);
            }
        }

        var builder = new ResultShapeBuilder(schema, fragments);
        var operations = new List<OperationModel>();
        var clientOperations = new List<ClientOperationModel>();
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operation.Name is null)
            {
                var (file, line) = FileAt(parsed, fileStarts, operation.Location?.Line ?? 1);
                diagnostics.Add(lines[file.Path].Diagnostic("GQL0006",
                    "A client operation needs a name: it names the generated method and result types.", file.Path, line, operation.Location?.Column ?? 1));
                continue;
            }

            if (!IsValid(operation, fragments, invalid)) continue;
            var model = OperationModelBuilder.Build(operation, fragments, schema, builder, settings.Namespace);
            operations.Add(model);
            clientOperations.Add(new ClientOperationModel(model.Name, model.Kind, model.Hash, model.Document));
        }

        var fragmentModels = new List<FragmentModel>();
        var fragmentNames = new List<string>(fragments.Keys);
        fragmentNames.Sort(StringComparer.Ordinal);
        foreach (var name in fragmentNames)
        {
            if (!IsValid(fragments[name], fragments, invalid)) continue;
            var output = builder.Fragment(name).Output;
            fragmentModels.Add(new FragmentModel(settings.Namespace, name, output.Interfaces.ToEquatableArray()));
        }

        operations.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        clientOperations.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new AnalysisResult(
            operations.ToEquatableArray(),
            fragmentModels.ToEquatableArray(),
            new ClientModel(settings.Namespace, settings.ClientName, clientOperations.ToEquatableArray()),
            diagnostics.ToEquatableArray());
    }

    private static AnalysisResult Empty(List<DiagnosticInfo> diagnostics) =>
        new(EquatableArray<OperationModel>.Empty, EquatableArray<FragmentModel>.Empty, null, diagnostics.ToEquatableArray());

    /// <summary>
    /// Joins the files with line breaks so that one validation sees every definition; a line of the combined text
    /// maps back to its file by <paramref name="fileStarts"/> (the combined line where each file begins).
    /// </summary>
    private static string Combine(List<ParsedFile> files, out List<int> fileStarts)
    {
        fileStarts = new List<int>(files.Count);
        var builder = new System.Text.StringBuilder();
        var line = 1;
        foreach (var file in files)
        {
            fileStarts.Add(line);
            builder.Append(file.Text).Append('\n');
            line += new SourceLines(file.Text).LineCount;
        }

        return builder.ToString();
    }

    private static (ParsedFile File, int Line) FileAt(List<ParsedFile> files, List<int> fileStarts, int combinedLine)
    {
        var index = 0;
        for (var i = 0; i < fileStarts.Count; i++)
        {
            if (fileStarts[i] <= combinedLine) index = i;
        }

        return (files[index], combinedLine - fileStarts[index] + 1);
    }

    /// <summary>The definition that contains <paramref name="location"/>: the last one starting at or before it.</summary>
    private static DefinitionNode? DefinitionAt(DocumentNode document, Location location)
    {
        DefinitionNode? result = null;
        foreach (var definition in document.Definitions)
        {
            if (definition.Location is { } start && start.Start <= location.Start) result = definition;
        }

        return result;
    }

    /// <summary>An executable definition is generated only when neither it nor a fragment it uses has errors.</summary>
    private static bool IsValid(ExecutableDefinitionNode definition, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<DefinitionNode> invalid)
    {
        if (invalid.Contains(definition)) return false;
        var used = new HashSet<string>(StringComparer.Ordinal);
        OperationDocument.CollectSpreads(definition.SelectionSet, fragments, used);
        foreach (var name in used)
        {
            if (!fragments.TryGetValue(name, out var fragment) || invalid.Contains(fragment)) return false;
        }

        return true;
    }
}
