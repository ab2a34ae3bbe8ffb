using System.Text.Json;

namespace GraphQL.Client;

/// <summary>
/// A GraphQL response as a transport received it (spec §7.1): <c>data</c> still as JSON (the generated
/// parser turns it into result types while the document is alive), <c>errors</c> and <c>extensions</c>
/// already copied out of the document.
/// </summary>
public sealed class GraphQLResponse : IDisposable
{
    private readonly JsonDocument? _document;

    private GraphQLResponse(JsonDocument? document, JsonElement data, IReadOnlyList<IClientError> errors, IReadOnlyDictionary<string, JsonElement>? extensions)
    {
        _document = document;
        Data = data;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>The <c>data</c> object; <see cref="JsonValueKind.Undefined"/> or <see cref="JsonValueKind.Null"/> when there is none.</summary>
    public JsonElement Data { get; }

    public IReadOnlyList<IClientError> Errors { get; }

    public IReadOnlyDictionary<string, JsonElement>? Extensions { get; }

    /// <summary>True when the JSON object looks like a GraphQL response: it has <c>data</c> or <c>errors</c>.</summary>
    public static bool IsGraphQLResponse(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("data", out _) || root.TryGetProperty("errors", out _));

    /// <summary>Takes ownership of <paramref name="document"/>, whose root is a GraphQL response object.</summary>
    public static GraphQLResponse FromDocument(JsonDocument document) => FromElement(document.RootElement, document);

    /// <summary>A response from a JSON object that stays alive at least as long as the response is used.</summary>
    public static GraphQLResponse FromElement(JsonElement root, JsonDocument? owner = null)
    {
        var data = root.TryGetProperty("data", out var d) ? d : default;
        var errors = root.TryGetProperty("errors", out var e) ? ReadErrors(e) : Array.Empty<IClientError>();
        var extensions = root.TryGetProperty("extensions", out var x) ? ReadMap(x) : null;
        return new GraphQLResponse(owner, data, errors, extensions);
    }

    /// <summary>The <c>payload</c> of a graphql-transport-ws <c>error</c> message: a list of errors.</summary>
    public static GraphQLResponse FromErrors(IReadOnlyList<IClientError> errors) => new(null, default, errors, null);

    /// <summary>Reads a JSON array of GraphQL errors (spec §7.1.2).</summary>
    public static IReadOnlyList<IClientError> ReadErrors(JsonElement errors)
    {
        if (errors.ValueKind != JsonValueKind.Array) return Array.Empty<IClientError>();
        var list = new List<IClientError>(errors.GetArrayLength());
        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object) continue;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "Unknown error.";
            list.Add(new ClientError(message, ReadPath(error), ReadLocations(error), error.TryGetProperty("extensions", out var x) ? ReadMap(x) : null));
        }

        return list;
    }

    private static IReadOnlyList<object>? ReadPath(JsonElement error)
    {
        if (!error.TryGetProperty("path", out var path) || path.ValueKind != JsonValueKind.Array) return null;
        var segments = new List<object>(path.GetArrayLength());
        foreach (var segment in path.EnumerateArray())
        {
            if (segment.ValueKind == JsonValueKind.Number && segment.TryGetInt32(out var index)) segments.Add(index);
            else if (segment.ValueKind == JsonValueKind.String) segments.Add(segment.GetString()!);
        }

        return segments;
    }

    private static IReadOnlyList<ClientErrorLocation>? ReadLocations(JsonElement error)
    {
        if (!error.TryGetProperty("locations", out var locations) || locations.ValueKind != JsonValueKind.Array) return null;
        var list = new List<ClientErrorLocation>(locations.GetArrayLength());
        foreach (var location in locations.EnumerateArray())
        {
            if (location.ValueKind == JsonValueKind.Object
                && location.TryGetProperty("line", out var line) && line.TryGetInt32(out var l)
                && location.TryGetProperty("column", out var column) && column.TryGetInt32(out var c))
            {
                list.Add(new ClientErrorLocation(l, c));
            }
        }

        return list;
    }

    private static IReadOnlyDictionary<string, JsonElement>? ReadMap(JsonElement map)
    {
        if (map.ValueKind != JsonValueKind.Object) return null;
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject()) result[property.Name] = property.Value.Clone();
        return result;
    }

    public void Dispose() => _document?.Dispose();
}
