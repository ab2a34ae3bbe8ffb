using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphQL.Data.Paging;

/// <summary>
/// Opaque cursors: base64url of <c>[version][order signature (4 bytes)][JSON values][FNV-1a checksum (4 bytes)]</c>.
/// Version 1 holds the sort key values of the edge's row (keyset paging); version 2 its position
/// (offset paging, for orders over nullable or boolean keys). The signature ties a cursor to the
/// ordering it was made for, the checksum catches edits; either failing is a clean
/// <see cref="DataErrorCodes.PagingInvalidCursor"/> error, never a server error.
/// </summary>
internal static class CursorCodec
{
    public const byte KeysetVersion = 1;
    public const byte OffsetVersion = 2;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// Writes the values with a per-thread writer and buffer (cursors are encoded one at a time, as the
    /// response reads them) and base64url-encodes the framed bytes without intermediate arrays.
    /// </summary>
    public static string Encode(byte version, uint signature, IReadOnlyList<object?> values)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var head = buffer.GetSpan(5);
        head[0] = version;
        BinaryPrimitives.WriteUInt32LittleEndian(head[1..], signature);
        buffer.Advance(5);

        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartArray();
        for (var i = 0; i < values.Count; i++) WriteValue(writer, values[i]);
        writer.WriteEndArray();
        writer.Flush();

        var checksum = Fnv(buffer.WrittenSpan);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.GetSpan(4), checksum);
        buffer.Advance(4);
        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>The values of <paramref name="cursor"/> converted to <paramref name="types"/>; throws the invalid-cursor error on any mismatch.</summary>
    public static object?[] Decode(string cursor, byte version, uint signature, IReadOnlyList<Type> types)
    {
        var values = TryDecode(cursor, version, signature, types);
        if (values is null) DataThrow.InvalidCursor(cursor);
        return values;
    }

    private static object?[]? TryDecode(string cursor, byte version, uint signature, IReadOnlyList<Type> types)
    {
        if (cursor.Length is 0 or > 4096) return null;
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 += (base64.Length % 4) switch { 2 => "==", 3 => "=", 0 => string.Empty, _ => null };
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length) || length < 11) return null;
        var data = bytes.AsSpan(0, length);
        if (data[0] != version) return null;
        if (BinaryPrimitives.ReadUInt32LittleEndian(data[^4..]) != Fnv(data[..^4])) return null;
        if (BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(1, 4)) != signature) return null;

        try
        {
            using var document = JsonDocument.Parse(data[5..^4].ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() != types.Count) return null;
            var values = new object?[types.Count];
            var i = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                values[i] = ReadValue(element, types[i]);
                i++;
            }

            return values;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case Enum e: writer.WriteNumberValue(Convert.ToInt64(e, CultureInfo.InvariantCulture)); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case byte by: writer.WriteNumberValue(by); break;
            case decimal d: writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture)); break;
            case double db: writer.WriteStringValue(db.ToString("R", CultureInfo.InvariantCulture)); break;
            case float f: writer.WriteStringValue(f.ToString("R", CultureInfo.InvariantCulture)); break;
            case Guid g: writer.WriteStringValue(g); break;
            case DateTime dt: writer.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset dto: writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture)); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("O", CultureInfo.InvariantCulture)); break;
            case TimeOnly time: writer.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static object? ReadValue(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null) return Nullable.GetUnderlyingType(type) is not null || !type.IsValueType ? null : throw new FormatException();
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return element.GetString();
        if (t == typeof(bool)) return element.GetBoolean();
        if (t.IsEnum) return Enum.ToObject(t, element.GetInt64());
        if (t == typeof(int)) return element.GetInt32();
        if (t == typeof(long)) return element.GetInt64();
        if (t == typeof(short)) return element.GetInt16();
        if (t == typeof(byte)) return element.GetByte();
        var text = element.GetString() ?? throw new FormatException();
        if (t == typeof(decimal)) return decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        if (t == typeof(double)) return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (t == typeof(float)) return float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (t == typeof(Guid)) return Guid.Parse(text);
        if (t == typeof(DateTime)) return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        if (t == typeof(DateTimeOffset)) return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        if (t == typeof(DateOnly)) return DateOnly.Parse(text, CultureInfo.InvariantCulture);
        if (t == typeof(TimeOnly)) return TimeOnly.Parse(text, CultureInfo.InvariantCulture);
        throw new FormatException();
    }

    /// <summary>FNV-1a over the bytes: detects edits, not forgery (the cursor carries no secret, as HC's do not).</summary>
    public static uint Fnv(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return hash;
    }

    public static uint Signature(string orderDescription) => Fnv(Encoding.UTF8.GetBytes(orderDescription));
}
