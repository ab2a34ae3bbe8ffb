using System;
using System.Text;

namespace GraphQL.Language;

internal ref partial struct Utf8GraphQLReader
{
    /// <summary>
    /// StringValue :: " StringCharacter* " (spec §2.9.4). Validates escapes and UTF-8 while scanning;
    /// the value is cooked later by <see cref="GetString"/>.
    /// </summary>
    private bool ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        while (position < source.Length)
        {
            var b = source[position];
            if (b == '"')
            {
                return SetToken(TokenKind.String, position + 1);
            }

            if (b == '\\')
            {
                HasEscapes = true;
                position += EscapeLength(position);
                continue;
            }

            if (b == '\n' || b == '\r') break;

            position += b < 0x80 ? 1 : ScalarLength(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>
    /// BlockString :: """ BlockStringCharacter* """ (spec §2.9.4). Only <c>\"""</c> is an escape; line
    /// terminators are kept and counted. The value is computed by <see cref="BlockStringValue"/>.
    /// </summary>
    private bool ReadBlockString(int start)
    {
        var source = _source;
        var position = start + 3;
        while (position < source.Length)
        {
            var b = source[position];
            if (b == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                return SetToken(TokenKind.BlockString, position + 3);
            }

            if (b == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                HasEscapes = true;
                position += 4;
                continue;
            }

            if (b == '\n' || b == '\r')
            {
                position += b == '\r' && At(position + 1) == '\n' ? 2 : 1;
                NewLine(position);
                continue;
            }

            position += b < 0x80 ? 1 : ScalarLength(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Length of a multi-byte scalar inside a string, keeping the column count in UTF-16 units.</summary>
    private int ScalarLength(int position)
    {
        var length = Utf8.TryDecode(_source, position, out var scalar);
        if (length == 0)
        {
            throw Error(position, "Invalid character within String: " + PrintCodePointAt(position) + ".");
        }

        _lineAdjust += length - Utf8.Utf16Length(scalar);
        return length;
    }

    /// <summary>
    /// EscapedCharacter, EscapedUnicode (spec §2.9.4): <c>\u{X…}</c> of any width naming a scalar value, or
    /// <c>\uXXXX</c>, where a leading surrogate must be followed by an escaped trailing surrogate.
    /// </summary>
    private int EscapeLength(int position)
    {
        if (At(position + 1) == 'u')
        {
            return At(position + 2) == '{' ? VariableWidthEscapeLength(position) : FixedWidthEscapeLength(position);
        }

        switch (At(position + 1))
        {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                return 2;
        }

        throw Error(position, "Invalid character escape sequence: \"" + SliceText(position, 2) + "\".");
    }

    private int VariableWidthEscapeLength(int position)
    {
        var point = 0;
        var size = 3;

        // At most \u{00000000}: twelve characters.
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !Utf8.IsScalarValue(point)) break;
                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0) break;
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + SliceText(position, size) + "\".");
    }

    private int FixedWidthEscapeLength(int position)
    {
        var code = ReadHex4(position + 2);
        if (Utf8.IsScalarValue(code)) return 6;

        if (Utf8.IsLeadingSurrogate(code) && At(position + 6) == '\\' && At(position + 7) == 'u'
            && Utf8.IsTrailingSurrogate(ReadHex4(position + 8)))
        {
            return 12;
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + SliceText(position, 6) + "\".");
    }

    /// <summary>Four hex digits as a number, negative when any is not a hex digit.</summary>
    private int ReadHex4(int position) =>
        (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8)
        | (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    internal static int HexValue(int code) =>
        code >= '0' && code <= '9' ? code - '0'
        : code >= 'A' && code <= 'F' ? code - 'A' + 10
        : code >= 'a' && code <= 'f' ? code - 'a' + 10
        : -1;

    /// <summary>Source text for a message; clamped to the source and widened to whole UTF-8 sequences.</summary>
    private string SliceText(int position, int length)
    {
        var end = Math.Min(position + length, _source.Length);
        while (end < _source.Length && (_source[end] & 0xC0) == 0x80) end++;
        return Decode(_source.Slice(position, end - position));
    }

    /// <summary>The name of a Name token.</summary>
    public string GetName() => NameCache.GetOrAdd(Value);

    /// <summary>The raw text of the current token (for messages).</summary>
    public string GetRawText() => Decode(Value);

    /// <summary>
    /// The lexeme of an Int or Float token. It is ASCII (spec §2.9.1–§2.9.2) and documents repeat the same
    /// literals (<c>first: 10</c>), so it goes through the name cache like a Name.
    /// </summary>
    public string GetNumber() => NameCache.GetOrAdd(Value);

    /// <summary>The cooked value of a String or BlockString token.</summary>
    public string GetString()
    {
        if (Kind == TokenKind.BlockString)
        {
            var raw = Decode(_source.Slice(Start + 3, End - Start - 6));
            return BlockStringValue.Compute(raw);
        }

        var body = _source.Slice(Start + 1, End - Start - 2);
        return HasEscapes ? StringUnescaper.Unescape(body) : Decode(body);
    }

    internal static unsafe string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty) return string.Empty;
        fixed (byte* bytes = utf8)
        {
            return Encoding.UTF8.GetString(bytes, utf8.Length);
        }
    }
}
