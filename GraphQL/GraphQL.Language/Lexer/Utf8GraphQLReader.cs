using System;
#if NET
using System.Numerics;
using System.Runtime.InteropServices;
#endif
using System.Runtime.CompilerServices;

namespace GraphQL.Language;

/// <summary>
/// The lexer of spec §2.1: reads one token at a time from UTF-8 bytes. Token values are slices of the source;
/// strings are made only when <see cref="GetString"/> or <see cref="GetName"/> is called. Ignored tokens
/// (white space, line terminators, commas, comments and the BOM, spec §2.1.2–§2.1.5) are skipped.
/// </summary>
internal ref partial struct Utf8GraphQLReader
{
    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    // Bytes minus UTF-16 code units seen on the current line: column = offset on line - this + 1 (graphql-js counts UTF-16).
    private int _lineAdjust;

    public Utf8GraphQLReader(ReadOnlySpan<byte> source)
    {
        _source = source;
        _position = 0;
        _line = 1;
        _lineStart = 0;
        _lineAdjust = 0;
        Kind = TokenKind.StartOfFile;
        Start = 0;
        End = 0;
        Line = 1;
        Column = 1;
        HasEscapes = false;
    }

    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just past the current token.</summary>
    public int End { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>True when the current String token holds escape sequences, so its value must be cooked.</summary>
    public bool HasEscapes { get; private set; }

    public ReadOnlySpan<byte> Source => _source;

    /// <summary>The raw bytes of a Name, Int or Float token.</summary>
    public ReadOnlySpan<byte> Value => _source.Slice(Start, End - Start);

    /// <summary>Reads the next token; returns false once the end of the source is reached.</summary>
    public bool Read()
    {
        HasEscapes = false;
        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            var b = source[position];
            switch (ByteTable.Class(b))
            {
                case ByteClass.Ignored:
                    position = SkipIgnored(source, position + 1);
                    continue;
                case ByteClass.LineFeed:
                    position++;
                    NewLine(position);
                    continue;
                case ByteClass.CarriageReturn:
                    position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case ByteClass.Hash:
                    position = SkipComment(position);
                    continue;
                case ByteClass.NonAscii when b == 0xEF && IsByteOrderMark(position):
                    // Unicode BOM (spec §2.1.1): ignored; three bytes, one UTF-16 code unit.
                    position += 3;
                    _lineAdjust += 2;
                    continue;

                // Tokens start in the same switch (one table lookup and jump per token, not two).
                case ByteClass.Punctuator:
                    BeginToken(position);
                    return SetToken(ByteTable.Punctuator(b), position + 1);
                case ByteClass.NameStart:
                    BeginToken(position);
                    return SetToken(TokenKind.Name, ReadName(position));
                case ByteClass.Dot when At(position + 1) == '.' && At(position + 2) == '.':
                    BeginToken(position);
                    return SetToken(TokenKind.Spread, position + 3);
                case ByteClass.NumberStart:
                    BeginToken(position);
                    return ReadNumber(position);
                case ByteClass.Quote:
                    BeginToken(position);
                    return At(position + 1) == '"' && At(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            BeginToken(position);
            throw UnexpectedCharacter(position);
        }

        _position = position;
        BeginToken(position);
        Kind = TokenKind.EndOfFile;
        End = position;
        return false;
    }

    /// <summary>The byte at <paramref name="index"/>, or -1 past the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int At(int index) => index < _source.Length ? _source[index] : -1;

    private void NewLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineAdjust = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BeginToken(int position)
    {
        Start = position;
        Line = _line;
        Column = ColumnAt(position);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SetToken(TokenKind kind, int end)
    {
        Kind = kind;
        End = end;
        _position = end;
        return true;
    }

    /// <summary>The 1-based UTF-16 column of a byte offset on the current line.</summary>
    private int ColumnAt(int position) => position - _lineStart - _lineAdjust + 1;

    private bool IsByteOrderMark(int position) => At(position + 1) == 0xBB && At(position + 2) == 0xBF;

    /// <summary>Comment :: # CommentChar* (spec §2.1.4); an ill-formed character ends it and is reported next.</summary>
    private int SkipComment(int position)
    {
        var source = _source;
        position++;
        while (position < source.Length)
        {
            var b = source[position];
            if (b == '\n' || b == '\r') break;
            if (b < 0x80)
            {
                position++;
                continue;
            }

            var length = Utf8.TryDecode(source, position, out var scalar);
            if (length == 0) break;
            _lineAdjust += length - Utf8.Utf16Length(scalar);
            position += length;
        }

        return position;
    }

    /// <summary>
    /// Runs of spaces, tabs and commas end at the first other byte. Most runs are a single space or an
    /// indentation of spaces, so on .NET eight bytes are compared with spaces at once (a vectorised search costs
    /// more to set up than such a run takes); a tab or comma stops the scan early and is skipped by the byte loop
    /// or by the next call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipIgnored(ReadOnlySpan<byte> source, int position)
    {
#if NET
        if (BitConverter.IsLittleEndian)
        {
            ref var first = ref MemoryMarshal.GetReference(source);
            while (position <= source.Length - sizeof(ulong))
            {
                var notSpace = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, position)) ^ 0x2020202020202020UL;
                if (notSpace != 0) return position + (BitOperations.TrailingZeroCount(notSpace) >> 3);
                position += sizeof(ulong);
            }
        }
#endif
        while (position < source.Length && ByteTable.Class(source[position]) == ByteClass.Ignored)
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// Name :: NameStart NameContinue* (spec §2.1.9). On .NET eight bytes are classified at once
    /// (<see cref="ByteWords"/>): most names end within the first word, where a vectorised search would cost more
    /// to set up than the whole name takes. The last few bytes of the source go one at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadName(int position)
    {
        var source = _source;
        position++;
#if NET
        if (BitConverter.IsLittleEndian)
        {
            ref var first = ref MemoryMarshal.GetReference(source);
            while (position <= source.Length - sizeof(ulong))
            {
                var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, position));
                var notName = ByteWords.NotNameContinue(word);
                if (notName != 0) return position + (BitOperations.TrailingZeroCount(notName) >> 3);
                position += sizeof(ulong);
            }
        }
#endif
        while (position < source.Length && ByteTable.IsNameContinue(source[position]))
        {
            position++;
        }

        return position;
    }

    private GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var b = _source[position];
        if (b == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        return b >= 0x80 && Utf8.TryDecode(_source, position, out _) == 0
            ? Error(position, "Invalid character: " + PrintCodePointAt(position) + ".")
            : Error(position, "Unexpected character: " + PrintCodePointAt(position) + ".");
    }

    /// <summary>An error at a byte offset on the current line.</summary>
    internal GraphQLSyntaxException Error(int position, string description) =>
        new(description, position, _line, ColumnAt(position));

    /// <summary>
    /// Prints the character at a position as graphql-js does: <c>&lt;EOF&gt;</c>, a quoted printable ASCII
    /// character, or <c>U+XXXX</c>; bytes that are not UTF-8 are named as such.
    /// </summary>
    internal string PrintCodePointAt(int position)
    {
        if (position >= _source.Length) return "<EOF>";
        var b = _source[position];
        if (b >= 0x20 && b <= 0x7E)
        {
            return b == '"' ? "'\"'" : "\"" + (char)b + "\"";
        }

        if (b < 0x80) return "U+" + b.ToString("X4");
        return Utf8.TryDecode(_source, position, out var scalar) == 0
            ? "invalid UTF-8 byte 0x" + b.ToString("X2")
            : "U+" + scalar.ToString("X4");
    }
}
