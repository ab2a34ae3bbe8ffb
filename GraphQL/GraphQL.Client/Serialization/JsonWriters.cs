using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace GraphQL.Client.Serialization;

/// <summary>
/// Writes variables for generated operations and input types: the serialised forms the toolkit's scalars
/// accept (spec §3.5 input coercion; <c>DateTime</c> as RFC 3339, <c>Date</c> as <c>yyyy-MM-dd</c>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWriters
{
    public static void WriteDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value) =>
        writer.WriteStringValue(value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture));

    public static void WriteDateOnly(Utf8JsonWriter writer, DateOnly value) =>
        writer.WriteStringValue(value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture));

    public static void WriteGuid(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value.ToString("D"));

    public static void WriteUri(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.OriginalString);

    public static void WriteJsonElement(Utf8JsonWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined) writer.WriteNullValue();
        else value.WriteTo(writer);
    }

    /// <summary>
    /// Runs <paramref name="write"/> on a fresh writer over a pooled buffer and returns the JSON bytes; used
    /// for an operation's variables object.
    /// </summary>
    public static ReadOnlyMemory<byte> Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        return buffer.WrittenMemory;
    }
}
