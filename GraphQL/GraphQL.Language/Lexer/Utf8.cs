using System;

namespace GraphQL.Language;

/// <summary>Strict UTF-8 decoding of one scalar value (spec §2.1.1 SourceCharacter: any Unicode scalar value).</summary>
internal static class Utf8
{
    /// <summary>
    /// Decodes the scalar starting at <paramref name="index"/>; returns its byte length, or 0 when the bytes are
    /// not well-formed UTF-8 (overlong forms, encoded surrogates and truncated sequences included).
    /// </summary>
    public static int TryDecode(ReadOnlySpan<byte> source, int index, out int scalar)
    {
        scalar = 0;
        var b0 = source[index];
        if (b0 < 0x80)
        {
            scalar = b0;
            return 1;
        }

        int length, min;
        if ((b0 & 0xE0) == 0xC0) { length = 2; scalar = b0 & 0x1F; min = 0x80; }
        else if ((b0 & 0xF0) == 0xE0) { length = 3; scalar = b0 & 0x0F; min = 0x800; }
        else if ((b0 & 0xF8) == 0xF0) { length = 4; scalar = b0 & 0x07; min = 0x10000; }
        else return 0;

        if (index + length > source.Length) return 0;
        for (var i = 1; i < length; i++)
        {
            var b = source[index + i];
            if ((b & 0xC0) != 0x80) return 0;
            scalar = (scalar << 6) | (b & 0x3F);
        }

        if (scalar < min || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF)) return 0;
        return length;
    }

    /// <summary>UTF-16 code units of a scalar: graphql-js counts columns in these.</summary>
    public static int Utf16Length(int scalar) => scalar >= 0x10000 ? 2 : 1;

    public static bool IsScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    public static bool IsLeadingSurrogate(int code) => code >= 0xD800 && code <= 0xDBFF;

    public static bool IsTrailingSurrogate(int code) => code >= 0xDC00 && code <= 0xDFFF;
}
