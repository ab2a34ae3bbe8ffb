using System.Collections.Generic;
using GraphQL.Client.Generator.Model;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>The schema built from <c>schema.graphql</c>, or the diagnostics that say why it could not be.</summary>
internal sealed record SchemaResult(Schema? Schema, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A parsed operations file: its document, or the syntax error that stopped the parser.</summary>
internal sealed record ParsedFile(string Path, string Text, DocumentNode? Document, DiagnosticInfo? Error);

internal static class SchemaLoader
{
    /// <summary>Parses and builds the schema (spec §3); a syntax error or an invalid schema becomes a diagnostic.</summary>
    public static SchemaResult Load(GraphQLFile? file)
    {
        if (file is null) return new SchemaResult(null, EquatableArray<DiagnosticInfo>.Empty);
        var lines = new SourceLines(file.Text);
        try
        {
            var document = Parser.Parse(file.Text, ParserOptions.ForTrustedDocuments());
            return new SchemaResult(SchemaBuilder.FromDocument(document), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (GraphQLSyntaxException e)
        {
            return Failed(lines.Diagnostic("GQL0003", e.Message, file.Path, e.Line, e.Column));
        }
        catch (SchemaException e)
        {
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var error in e.Errors) diagnostics.Add(lines.Diagnostic("GQL0004", error, file.Path, 1, 1));
            return new SchemaResult(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>Parses one operations file; a syntax error becomes a diagnostic at its line and column.</summary>
    public static ParsedFile Parse(GraphQLFile file)
    {
        try
        {
            return new ParsedFile(file.Path, file.Text, Parser.Parse(file.Text, ParserOptions.ForTrustedDocuments()), null);
        }
        catch (GraphQLSyntaxException e)
        {
            return new ParsedFile(file.Path, file.Text, null, new SourceLines(file.Text).Diagnostic("GQL0002", e.Message, file.Path, e.Line, e.Column));
        }
    }

    private static SchemaResult Failed(DiagnosticInfo diagnostic) => new(null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
}
