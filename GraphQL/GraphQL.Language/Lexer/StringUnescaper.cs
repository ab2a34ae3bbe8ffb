using System;
using System.Buffers;
using System.Text;

namespace GraphQL.Language;

/// <summary>Cooks a String token that the reader has already validated: resolves escapes (spec §2.9.4 StringValue).</summary>
internal static class StringUnescaper
{
    private const int StackLimit = 256;

    public static unsafe string Unescape(ReadOnlySpan<byte> body)
    {
        // Every escape is at least as long in UTF-8 as in UTF-16, as is every UTF-8 sequence: body.Length chars suffice.
        char[]? rented = null;
        var buffer = body.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(body.Length));
        try
        {
            var written = 0;
            var position = 0;
            while (position < body.Length)
            {
                var escape = body.Slice(position).IndexOf((byte)'\\');
                var runLength = escape < 0 ? body.Length - position : escape;
                if (runLength > 0)
                {
                    fixed (byte* src = body.Slice(position))
                    fixed (char* dst = buffer.Slice(written))
                    {
                        written += Encoding.UTF8.GetChars(src, runLength, dst, buffer.Length - written);
                    }

                    position += runLength;
                }

                if (escape < 0) break;
                position += AppendEscape(body, position, buffer, ref written);
            }

            fixed (char* chars = buffer)
            {
                return new string(chars, 0, written);
            }
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int AppendEscape(ReadOnlySpan<byte> body, int position, Span<char> buffer, ref int written)
    {
        var code = body[position + 1];
        switch (code)
        {
            case (byte)'b': buffer[written++] = '\b'; return 2;
            case (byte)'f': buffer[written++] = '\f'; return 2;
            case (byte)'n': buffer[written++] = '\n'; return 2;
            case (byte)'r': buffer[written++] = '\r'; return 2;
            case (byte)'t': buffer[written++] = '\t'; return 2;
            case (byte)'u':
                break;
            default:
                buffer[written++] = (char)code;
                return 2;
        }

        if (body[position + 2] == '{')
        {
            var point = 0;
            var i = position + 3;
            while (body[i] != '}')
            {
                point = (point << 4) | Utf8GraphQLReader.HexValue(body[i++]);
            }

            AppendScalar(point, buffer, ref written);
            return i + 1 - position;
        }

        var unit = Hex4(body, position + 2);
        buffer[written++] = (char)unit;
        if (Utf8.IsLeadingSurrogate(unit))
        {
            // The reader admitted a leading surrogate only when an escaped trailing one follows.
            buffer[written++] = (char)Hex4(body, position + 8);
            return 12;
        }

        return 6;
    }

    private static int Hex4(ReadOnlySpan<byte> body, int index) =>
        (Utf8GraphQLReader.HexValue(body[index]) << 12) | (Utf8GraphQLReader.HexValue(body[index + 1]) << 8)
        | (Utf8GraphQLReader.HexValue(body[index + 2]) << 4) | Utf8GraphQLReader.HexValue(body[index + 3]);

    private static void AppendScalar(int scalar, Span<char> buffer, ref int written)
    {
        if (scalar < 0x10000)
        {
            buffer[written++] = (char)scalar;
            return;
        }

        scalar -= 0x10000;
        buffer[written++] = (char)(0xD800 + (scalar >> 10));
        buffer[written++] = (char)(0xDC00 + (scalar & 0x3FF));
    }
}
