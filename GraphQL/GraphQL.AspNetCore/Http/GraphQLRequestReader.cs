using System.Security.Claims;
using System.Text.Json;
using GraphQL.Execution;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// Reads the request parameters of GraphQL over HTTP (§"Request Parameters") from a JSON object:
/// <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>, and a persisted operation id as
/// <c>id</c>, <c>documentId</c> or <c>extensions.persistedQuery.sha256Hash</c>. Shared by POST bodies,
/// multipart <c>operations</c> and WebSocket <c>subscribe</c> payloads.
/// </summary>
internal static class GraphQLRequestReader
{
    /// <summary>The request, or an error message naming the parameter of the wrong type.</summary>
    public static GraphQLRequest? Read(JsonElement element, ClaimsPrincipal? user, IServiceProvider? services, out string? error)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = "A GraphQL request must be a JSON object.";
            return null;
        }

        string? query = null, operationName = null, documentId = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (!TryString(value, out query)) return Fail("query", "a string", out error);
                    break;
                case "operationName":
                    if (!TryString(value, out operationName)) return Fail("operationName", "a string", out error);
                    break;
                case "id":
                case "documentId":
                    if (!TryString(value, out var id)) return Fail(property.Name, "a string", out error);
                    documentId ??= id;
                    break;
                case "variables":
                    if (!TryObject(value, out variables)) return Fail("variables", "an object", out error);
                    break;
                case "extensions":
                    if (!TryObject(value, out extensions)) return Fail("extensions", "an object", out error);
                    break;
            }
        }

        if (documentId is null && extensions is not null && PersistedQueryHash(extensions) is { } hash) documentId = hash;
        if (query is null && documentId is null)
        {
            error = "The request must contain a \"query\" string or a persisted operation \"id\".";
            return null;
        }

        error = null;
        return new GraphQLRequest
        {
            Query = query,
            DocumentId = query is null ? documentId : null,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
            User = user,
            Services = services,
        };
    }

    /// <summary>The Apollo <c>persistedQuery</c> extension's <c>sha256Hash</c>, when present.</summary>
    public static string? PersistedQueryHash(IReadOnlyDictionary<string, object?> extensions) =>
        extensions.TryGetValue("persistedQuery", out var pq) && pq is IReadOnlyDictionary<string, object?> map
            && map.TryGetValue("sha256Hash", out var h) && h is string hash && hash.Length > 0
            ? hash
            : null;

    private static bool TryString(JsonElement value, out string? text)
    {
        text = null;
        if (value.ValueKind == JsonValueKind.Null) return true;
        if (value.ValueKind != JsonValueKind.String) return false;
        text = value.GetString();
        return true;
    }

    private static bool TryObject(JsonElement value, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        if (value.ValueKind == JsonValueKind.Null) return true;
        if (value.ValueKind != JsonValueKind.Object) return false;
        map = JsonInputConverter.ToInputObject(value);
        return true;
    }

    private static GraphQLRequest? Fail(string parameter, string expected, out string? error)
    {
        error = $"The \"{parameter}\" parameter must be {expected} when present.";
        return null;
    }
}
