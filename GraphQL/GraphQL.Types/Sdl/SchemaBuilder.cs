using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (spec §3): type, directive and schema definitions plus
/// every kind of extension in the same document, root types from <c>schema { }</c> or the
/// conventional names <c>Query</c>/<c>Mutation</c>/<c>Subscription</c>. The document is checked
/// first (unknown types and directives, duplicate definitions, extensions of unknown types, ...) and
/// the schema afterwards (spec §3 type system rules); all problems of a stage are reported together
/// in one <see cref="SchemaException"/> with graphql-js's wording.
/// </summary>
public static class SchemaBuilder
{
    /// <summary>
    /// A schema file is trusted text written by the service's own developers and easily passes the
    /// 15,000 tokens that protect the server from hostile operations, so SDL has no token limit.
    /// </summary>
    private static readonly ParserOptions SdlParserOptions = ParserOptions.ForTrustedDocuments();

    /// <summary>Parses <paramref name="sdl"/> and builds the schema; syntax errors throw <see cref="GraphQLSyntaxException"/>.</summary>
    public static Schema FromSdl(string sdl, SchemaBuilderOptions? options = null)
    {
        if (sdl is null) throw new ArgumentNullException(nameof(sdl));
        return FromDocument(Parser.Parse(sdl, SdlParserOptions), options);
    }

    /// <summary>Builds the schema from a parsed SDL document; executable definitions are ignored.</summary>
    public static Schema FromDocument(DocumentNode document, SchemaBuilderOptions? options = null)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        options ??= new SchemaBuilderOptions();

        var errors = SdlDocumentValidator.Validate(document);
        if (errors.Count > 0) throw new SchemaException(errors);

        var definitions = SdlDefinitions.Collect(document);
        var builder = new TypeDefinitionBuilder(definitions, options);
        var types = builder.BuildAll();
        var directives = builder.BuildDirectives();

        var schemaOptions = new SchemaOptions
        {
            Types = types,
            DirectiveDefinitions = directives,
            SyntaxNode = definitions.Schema,
            Description = definitions.Schema?.Description?.Value,
            Directives = definitions.SchemaDirectives(),
            SkipValidation = options.SkipValidation,
        };

        var rootErrors = new List<string>();
        schemaOptions.Query = RootType(builder, definitions, OperationType.Query, "Query", rootErrors, required: true);
        schemaOptions.Mutation = RootType(builder, definitions, OperationType.Mutation, "Mutation", rootErrors, required: false);
        schemaOptions.Subscription = RootType(builder, definitions, OperationType.Subscription, "Subscription", rootErrors, required: false);
        if (rootErrors.Count > 0) throw new SchemaException(rootErrors);

        return new Schema(schemaOptions);
    }

    private static ObjectType? RootType(
        TypeDefinitionBuilder builder, SdlDefinitions definitions, OperationType operation, string conventionalName,
        List<string> errors, bool required)
    {
        var explicitName = definitions.RootTypeName(operation);
        var name = explicitName ?? (definitions.HasSchemaDefinition ? null : conventionalName);
        var type = name is null ? null : builder.TryGet(name);
        var label = conventionalName;
        switch (type)
        {
            case ObjectType obj:
                return obj;
            case null when required:
                errors.Add("Query root type must be provided.");
                return null;
            case null:
                return null;
            default:
                // Only a name given explicitly can point at a non-object type; a conventional name is just skipped.
                if (explicitName is null) return null;
                errors.Add(required
                    ? $"{label} root type must be Object type, it cannot be {type.Name}."
                    : $"{label} root type must be Object type if provided, it cannot be {type.Name}.");
                return null;
        }
    }
}
