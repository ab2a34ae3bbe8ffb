using System.Security.Claims;

namespace GraphQL.Execution;

/// <summary>
/// One GraphQL request as the transport received it (GraphQL over HTTP "request parameters"):
/// a document or a persisted document id, the operation to run, and variable values as parsed
/// from JSON (see <see cref="JsonInputConverter"/>).
/// </summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text; null when the request names a persisted document instead.</summary>
    public string? Query { get; init; }

    /// <summary>The id of a persisted document (for example its SHA-256 hash), used when <see cref="Query"/> is null.</summary>
    public string? DocumentId { get; init; }

    /// <summary>Alias of <see cref="DocumentId"/> for the Apollo "persistedQuery" extension's hash.</summary>
    public string? PersistedHash
    {
        get => DocumentId;
        init => DocumentId = value;
    }

    /// <summary>The operation to execute when the document holds several (spec §6.1 GetOperation).</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Variable values as parsed from JSON: null, <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>,
    /// <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>, lists and dictionaries.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's "extensions" entry, passed through untouched.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The services of the request (usually the HTTP request's scope); a scope is created when null.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The authenticated user, if any.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Initial state shared by every resolver (copied into the resolver context data).</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The root value given to the root fields' resolvers (spec "initialValue").</summary>
    public object? RootValue { get; init; }
}
