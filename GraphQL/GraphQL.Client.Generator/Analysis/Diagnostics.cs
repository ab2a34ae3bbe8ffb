using Microsoft.CodeAnalysis;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>The generator's diagnostics. Ids are stable: documented in docs/graphql-client.md.</summary>
internal static class Diagnostics
{
    private const string Category = "GraphQL";

    /// <summary>An operation or fragment breaks a validation rule of spec §5; the message is graphql-js's.</summary>
    public static readonly DiagnosticDescriptor ValidationError = new(
        "GQL0001", "GraphQL validation error", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>An operations file is not valid GraphQL syntax (spec §2).</summary>
    public static readonly DiagnosticDescriptor OperationSyntaxError = new(
        "GQL0002", "GraphQL syntax error", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>The schema file is not valid GraphQL syntax.</summary>
    public static readonly DiagnosticDescriptor SchemaSyntaxError = new(
        "GQL0003", "GraphQL schema syntax error", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>The schema file parses but is not a valid schema (spec §3).</summary>
    public static readonly DiagnosticDescriptor SchemaError = new(
        "GQL0004", "GraphQL schema error", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>Operations were given but no schema (the GraphQLSchema property / a schema.graphql file).</summary>
    public static readonly DiagnosticDescriptor NoSchema = new(
        "GQL0005", "No GraphQL schema", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>Client operations need a name: it names the generated method and types.</summary>
    public static readonly DiagnosticDescriptor AnonymousOperation = new(
        "GQL0006", "Anonymous GraphQL operation", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>The project does not reference the runtime the generated code needs.</summary>
    public static readonly DiagnosticDescriptor MissingRuntime = new(
        "GQL0007", "GraphQL.Client is not referenced", "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "GQL0001" => ValidationError,
        "GQL0002" => OperationSyntaxError,
        "GQL0003" => SchemaSyntaxError,
        "GQL0004" => SchemaError,
        "GQL0005" => NoSchema,
        "GQL0006" => AnonymousOperation,
        _ => MissingRuntime,
    };
}
