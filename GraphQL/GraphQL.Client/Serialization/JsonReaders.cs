using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace GraphQL.Client.Serialization;

/// <summary>
/// Reads the leaf values of a response for generated parsers: one method per built-in and toolkit scalar
/// (GraphQL over HTTP serialises them as JSON; the toolkit's scalars accept both the number and the
/// string forms where servers differ). No reflection: generated code calls these directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonReaders
{
    /// <summary>True when the field is null or absent (absent: skipped by <c>@skip</c>/<c>@include</c>).</summary>
    public static bool IsNull(JsonElement value) => value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>The named property, or an undefined element when the object does not have it.</summary>
    public static JsonElement Property(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : default;

    public static string ReadString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        // ID may be serialised from an integer by some servers; the spec says it is serialised as a String.
        JsonValueKind.Number => value.GetRawText(),
        _ => throw Unexpected(value, "a string"),
    };

    public static int ReadInt32(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetInt32() : throw Unexpected(value, "an Int");

    public static double ReadDouble(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Unexpected(value, "a Float");

    public static bool ReadBoolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Unexpected(value, "a Boolean"),
    };

    public static decimal ReadDecimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDecimal(),
        JsonValueKind.String => decimal.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw Unexpected(value, "a Decimal"),
    };

    public static long ReadInt64(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.String => long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
        _ => throw Unexpected(value, "a Long"),
    };

    public static DateTimeOffset ReadDateTimeOffset(JsonElement value) =>
        DateTimeOffset.Parse(ReadText(value, "a DateTime"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateOnly ReadDateOnly(JsonElement value) =>
        DateOnly.ParseExact(ReadText(value, "a Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Guid ReadGuid(JsonElement value) => Guid.Parse(ReadText(value, "a UUID"));

    public static Uri ReadUri(JsonElement value) => new(ReadText(value, "a URL"), UriKind.RelativeOrAbsolute);

    /// <summary>A scalar the generator has no .NET type for: the JSON value itself, detached from its document.</summary>
    public static JsonElement ReadJsonElement(JsonElement value) => value.Clone();

    /// <summary>A list of <typeparamref name="T"/>, each element read by <paramref name="readElement"/>.</summary>
    public static IReadOnlyList<T> ReadList<T>(JsonElement value, Func<JsonElement, T> readElement)
    {
        if (value.ValueKind != JsonValueKind.Array) throw Unexpected(value, "a list");
        var items = new T[value.GetArrayLength()];
        var i = 0;
        foreach (var element in value.EnumerateArray()) items[i++] = readElement(element);
        return items;
    }

    /// <summary>The <c>__typename</c> of an object of an abstract type.</summary>
    public static string ReadTypeName(JsonElement obj) => ReadString(Property(obj, "__typename"));

    /// <summary>A non-null field was null or absent: the server broke its schema's promise.</summary>
    public static JsonException NullValue(string field) => new($"The non-null field \"{field}\" is null.");

    /// <summary>An enum value or <c>__typename</c> this client was not generated for.</summary>
    public static JsonException UnknownValue(string what, string value) => new($"Unknown {what} \"{value}\".");

    private static string ReadText(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Unexpected(value, what);

    private static JsonException Unexpected(JsonElement value, string expected) =>
        new($"Expected {expected}, found {(value.ValueKind == JsonValueKind.Undefined ? "nothing" : value.ValueKind.ToString())}.");
}
