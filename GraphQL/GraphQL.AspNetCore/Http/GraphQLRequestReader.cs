using System.Security.Claims;
using System.Runtime.InteropServices;
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
    /// <summary>The request held by a parsed JSON value (a batch item, a multipart <c>operations</c>, a WebSocket payload).</summary>
    public static GraphQLRequest? Read(JsonElement element, ClaimsPrincipal? user, IServiceProvider? services, out string? error) =>
        Read(JsonMarshal.GetRawUtf8Value(element), user, services, out error);

    /// <summary>
    /// The request in <paramref name="json"/>, read in one pass with <see cref="Utf8JsonReader"/> (no
    /// <c>JsonDocument</c>, no string per property name), or an error message naming the parameter of the
    /// wrong type. Throws <see cref="JsonException"/> when the bytes are not one valid JSON value: that is
    /// checked before any parameter error, as a parser that builds a document first would.
    /// </summary>
    public static GraphQLRequest? Read(ReadOnlySpan<byte> json, ClaimsPrincipal? user, IServiceProvider? services, out string? error)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        if (!reader.Read()) throw new JsonException("The request body holds no JSON value.");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            SkipToEnd(ref reader);
            error = "A GraphQL request must be a JSON object.";
            return null;
        }

        string? query = null, operationName = null, documentId = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8)) ReadString(ref reader, "query", ref query, ref error);
            else if (reader.ValueTextEquals("operationName"u8)) ReadString(ref reader, "operationName", ref operationName, ref error);
            else if (reader.ValueTextEquals("id"u8) || reader.ValueTextEquals("documentId"u8))
            {
                var name = reader.ValueTextEquals("id"u8) ? "id" : "documentId";
                string? id = null;
                ReadString(ref reader, name, ref id, ref error);
                documentId ??= id;
            }
            else if (reader.ValueTextEquals("variables"u8)) ReadObject(ref reader, "variables", ref variables, ref error);
            else if (reader.ValueTextEquals("extensions"u8)) ReadObject(ref reader, "extensions", ref extensions, ref error);
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        SkipToEnd(ref reader);
        if (error is not null) return null;
        if (documentId is null && extensions is not null && PersistedQueryHash(extensions) is { } hash) documentId = hash;
        if (query is null && documentId is null)
        {
            error = "The request must contain a \"query\" string or a persisted operation \"id\".";
            return null;
        }

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

    /// <summary>How deeply a request's JSON may nest (variables included) before it is rejected as malformed.</summary>
    public const int MaxDepth = 64;

    /// <summary>The Apollo <c>persistedQuery</c> extension's <c>sha256Hash</c>, when present.</summary>
    public static string? PersistedQueryHash(IReadOnlyDictionary<string, object?> extensions) =>
        extensions.TryGetValue("persistedQuery", out var pq) && pq is IReadOnlyDictionary<string, object?> map
            && map.TryGetValue("sha256Hash", out var h) && h is string hash && hash.Length > 0
            ? hash
            : null;

    /// <summary>Reads the value after a property name: a string or null; anything else records the first error.</summary>
    private static void ReadString(ref Utf8JsonReader reader, string parameter, ref string? value, ref string? error)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            value = GetString(ref reader);
        }
        else if (reader.TokenType != JsonTokenType.Null)
        {
            error ??= Expected(parameter, "a string");
            reader.Skip();
        }
    }

    /// <summary>Reads the value after a property name: an object (as input values) or null; anything else records the first error.</summary>
    private static void ReadObject(ref Utf8JsonReader reader, string parameter, ref IReadOnlyDictionary<string, object?>? value, ref string? error)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var element = JsonElement.ParseValue(ref reader);
            try
            {
                value = JsonInputConverter.ToInputObject(element);
            }
            catch (InvalidOperationException e)
            {
                throw new JsonException("The request holds a string that is not valid UTF-8.", e);
            }
        }
        else if (reader.TokenType != JsonTokenType.Null)
        {
            error ??= Expected(parameter, "an object");
            reader.Skip();
        }
    }

    /// <summary>A string token's value; invalid UTF-8 inside it is malformed JSON, not a server error.</summary>
    private static string? GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("The request holds a string that is not valid UTF-8.", e);
        }
    }

    /// <summary>Reads past the current value and checks that nothing but whitespace follows the root.</summary>
    private static void SkipToEnd(ref Utf8JsonReader reader)
    {
        reader.Skip();
        if (reader.Read()) throw new JsonException("The request body holds more than one JSON value.");
    }

    private static string Expected(string parameter, string expected) => $"The \"{parameter}\" parameter must be {expected} when present.";
}
