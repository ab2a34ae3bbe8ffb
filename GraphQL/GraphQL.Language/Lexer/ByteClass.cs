using System;

namespace GraphQL.Language;

/// <summary>What a byte can start, looked up in one 256-entry table (spec §2.1).</summary>
internal enum ByteClass : byte
{
    /// <summary>Not valid here: reported as an unexpected character.</summary>
    Other,
    /// <summary>Space, horizontal tab and comma (spec §2.1.3–§2.1.5): ignored.</summary>
    Ignored,
    LineFeed,
    CarriageReturn,
    /// <summary>A single-byte punctuator; its kind comes from <see cref="ByteTable.Punctuator"/>.</summary>
    Punctuator,
    Dot,
    Quote,
    Hash,
    /// <summary>A digit or <c>-</c>: starts an IntValue or FloatValue.</summary>
    NumberStart,
    /// <summary>Letter or underscore (spec §2.1.9 NameStart).</summary>
    NameStart,
    /// <summary>A byte of 0x80 or above: a multi-byte UTF-8 sequence (maybe the BOM).</summary>
    NonAscii,
}

/// <summary>
/// The byte tables of the lexer. They are <c>ReadOnlySpan&lt;byte&gt;</c> properties over constant data, which the
/// compiler places in the assembly image: no static constructor to check, and a lookup by a byte into 256
/// entries needs no bounds check, so the lexer's inner loops inline them.
/// </summary>
internal static class ByteTable
{
    public static ByteClass Class(byte b) => (ByteClass)Classes[b];

    /// <summary>The token kind of a byte of class <see cref="ByteClass.Punctuator"/>.</summary>
    public static TokenKind Punctuator(byte b) => (TokenKind)Punctuators[b - 0x20];

    /// <summary>NameContinue :: Letter | Digit | _ (spec §2.1.9).</summary>
    public static bool IsNameContinue(int b) =>
        (uint)b < 256 && (Classes[b] == (byte)ByteClass.NameStart || (uint)(b - '0') <= 9);

    public static bool IsNameStart(int b) => (uint)b < 256 && Classes[b] == (byte)ByteClass.NameStart;

    public static bool IsDigit(int b) => (uint)(b - '0') <= 9;

    // 0 Other, 1 Ignored, 2 LineFeed, 3 CarriageReturn, 4 Punctuator, 5 Dot, 6 Quote, 7 Hash, 8 NumberStart,
    // 9 NameStart, 10 NonAscii (the ByteClass values).
    private static ReadOnlySpan<byte> Classes => new byte[]
    {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 3, 0, 0, // 0x00
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x10
        1, 4, 6, 7, 4, 0, 4, 0, 4, 4, 0, 0, 1, 8, 5, 0, // 0x20
        8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 4, 0, 0, 4, 0, 0, // 0x30
        4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, // 0x40
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4, 0, 4, 0, 9, // 0x50
        0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, // 0x60
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4, 4, 4, 0, 0, // 0x70
        10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, // 0x80
        10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, // 0x90
        10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, // 0xA0
        10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, // 0xB0
        10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, // 0xC0
        10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, // 0xD0
        10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, // 0xE0
        10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, // 0xF0
    };

    // Punctuators are 0x21..0x7D; the table starts at 0x20.
    private static ReadOnlySpan<byte> Punctuators => new byte[]
    {
        0, (byte)TokenKind.Bang, 0, 0, (byte)TokenKind.Dollar, 0, (byte)TokenKind.Ampersand, 0, // 0x20
        (byte)TokenKind.LeftParenthesis, (byte)TokenKind.RightParenthesis, 0, 0, 0, 0, 0, 0, // 0x28
        0, 0, 0, 0, 0, 0, 0, 0, // 0x30
        0, 0, (byte)TokenKind.Colon, 0, 0, (byte)TokenKind.Equal, 0, 0, // 0x38
        (byte)TokenKind.At, 0, 0, 0, 0, 0, 0, 0, // 0x40
        0, 0, 0, 0, 0, 0, 0, 0, // 0x48
        0, 0, 0, 0, 0, 0, 0, 0, // 0x50
        0, 0, 0, (byte)TokenKind.LeftBracket, 0, (byte)TokenKind.RightBracket, 0, 0, // 0x58
        0, 0, 0, 0, 0, 0, 0, 0, // 0x60
        0, 0, 0, 0, 0, 0, 0, 0, // 0x68
        0, 0, 0, 0, 0, 0, 0, 0, // 0x70
        0, 0, 0, (byte)TokenKind.LeftBrace, (byte)TokenKind.Pipe, (byte)TokenKind.RightBrace, 0, 0, // 0x78
    };
}
