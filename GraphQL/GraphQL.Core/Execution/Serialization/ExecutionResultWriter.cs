using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution.Results;

namespace GraphQL.Execution.Serialization;

/// <summary>
/// Writes a response (spec §7.1) straight to UTF-8 JSON: <c>errors</c> first when present (as spec §7.1
/// recommends), then <c>data</c> (only when execution started), then <c>extensions</c>. Objects keep
/// selection order (spec §7.2.2). Non-ASCII text is written as UTF-8, not escaped.
/// </summary>
public static class ExecutionResultWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(ExecutionResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors"u8);
            writer.WriteStartArray();
            foreach (var error in errors) WriteError(error, writer);
            writer.WriteEndArray();
        }

        if (result.HasData || result.Data is not null)
        {
            writer.WritePropertyName("data"u8);
            if (result.Data is ResultMap data) WriteTree(data, writer);
            else WriteValue(result.Data, writer);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(extensions, writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <paramref name="errors"/> as a JSON array of error objects (spec §7.1.2), each exactly as
    /// <see cref="Write"/> writes it under <c>errors</c>. For transports whose message payload is the
    /// errors array itself (graphql-transport-ws's <c>error</c>).
    /// </summary>
    public static void WriteErrors(IReadOnlyList<GraphQLError> errors, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        for (var i = 0; i < errors.Count; i++) WriteError(errors[i], writer);
        writer.WriteEndArray();
    }

    public static async ValueTask WriteAsync(ExecutionResult result, Stream stream, CancellationToken cancellationToken = default)
    {
        using var buffer = new PooledBufferWriter();
        WritePooled(result, buffer);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The response as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes(ExecutionResult result)
    {
        using var buffer = new PooledBufferWriter();
        WritePooled(result, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    [ThreadStatic]
    private static Utf8JsonWriter? _cachedWriter;

    /// <summary>Writes with this thread's cached writer (writing is synchronous, so one per thread suffices).</summary>
    private static void WritePooled(ExecutionResult result, PooledBufferWriter buffer)
    {
        var writer = _cachedWriter;
        _cachedWriter = null;
        if (writer is null) writer = new Utf8JsonWriter(buffer, WriterOptions);
        else writer.Reset(buffer);
        try
        {
            Write(result, writer);
            writer.Flush();
        }
        finally
        {
            writer.Reset();
            _cachedWriter = writer;
        }
    }

    /// <summary>The response as a JSON string.</summary>
    public static string ToJson(ExecutionResult result) => System.Text.Encoding.UTF8.GetString(ToUtf8Bytes(result));

    /// <summary>A new writer with the response's options (UTF-8 text unescaped).</summary>
    public static Utf8JsonWriter CreateWriter(System.Buffers.IBufferWriter<byte> output) => new(output, WriterOptions);

    /// <summary>The result tree through <see cref="ResultTreeWriter"/>, copied in as one raw value.</summary>
    private static void WriteTree(ResultMap data, Utf8JsonWriter writer)
    {
        var tree = ResultTreeWriter.Rent();
        try
        {
            tree.WriteValue(data);
            writer.WriteRawValue(tree.Written, skipInputValidation: true);
        }
        finally
        {
            tree.Return();
        }
    }

    private static void WriteError(GraphQLError error, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { Count: > 0 } path)
        {
            writer.WritePropertyName("path"u8);
            writer.WriteStartArray();
            foreach (var element in path)
            {
                if (element is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(element.ToString());
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(extensions, writer);
        }

        writer.WriteEndObject();
    }

    internal static void WriteValue(object? value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                if (double.IsFinite(d)) writer.WriteNumberValue(d);
                else writer.WriteNullValue();
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case ResultMap map:
                writer.WriteStartObject();
                for (var n = 0; n < map.Count; n++)
                {
                    writer.WritePropertyName(map.EncodedKeyAt(n));
                    WriteValue(map.ValueAt(n), writer);
                }

                writer.WriteEndObject();
                return;
            case ResultList list:
                writer.WriteStartArray();
                for (var n = 0; n < list.Count; n++) WriteValue(list[n], writer);
                writer.WriteEndArray();
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                writer.WriteStartObject();
                foreach (var pair in dictionary)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(pair.Value, writer);
                }

                writer.WriteEndObject();
                return;
            default:
                WriteOther(value, writer);
                return;
        }
    }

    private static void WriteOther(object value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case float f:
                if (float.IsFinite(f)) writer.WriteNumberValue(f);
                else writer.WriteNullValue();
                return;
            case short or byte or sbyte or ushort:
                writer.WriteNumberValue(Convert.ToInt32(value, CultureInfo.InvariantCulture));
                return;
            case uint u:
                writer.WriteNumberValue(u);
                return;
            case ulong ul:
                writer.WriteNumberValue(ul);
                return;
            case Guid g:
                writer.WriteStringValue(g);
                return;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto);
                return;
            case DateTime dt:
                writer.WriteStringValue(dt);
                return;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                return;
            case IDictionary legacy:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in legacy)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(entry.Value, writer);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) WriteValue(item, writer);
                writer.WriteEndArray();
                return;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }
}
