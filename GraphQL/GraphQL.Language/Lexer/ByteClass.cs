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

internal static class ByteTable
{
    private static readonly ByteClass[] s_classes = BuildClasses();
    private static readonly TokenKind[] s_punctuators = BuildPunctuators();

    public static ByteClass Class(byte b) => s_classes[b];

    public static TokenKind Punctuator(byte b) => s_punctuators[b];

    /// <summary>NameContinue :: Letter | Digit | _ (spec §2.1.9).</summary>
    public static bool IsNameContinue(int b) =>
        (uint)b < 256 && (s_classes[b] == ByteClass.NameStart || (uint)(b - '0') <= 9);

    public static bool IsNameStart(int b) => (uint)b < 256 && s_classes[b] == ByteClass.NameStart;

    public static bool IsDigit(int b) => (uint)(b - '0') <= 9;

    private static ByteClass[] BuildClasses()
    {
        var table = new ByteClass[256];
        table[' '] = ByteClass.Ignored;
        table['\t'] = ByteClass.Ignored;
        table[','] = ByteClass.Ignored;
        table['\n'] = ByteClass.LineFeed;
        table['\r'] = ByteClass.CarriageReturn;
        foreach (var c in "!$&():=@[]{|}")
        {
            table[c] = ByteClass.Punctuator;
        }

        table['.'] = ByteClass.Dot;
        table['"'] = ByteClass.Quote;
        table['#'] = ByteClass.Hash;
        table['-'] = ByteClass.NumberStart;
        for (var c = '0'; c <= '9'; c++) table[c] = ByteClass.NumberStart;
        for (var c = 'a'; c <= 'z'; c++) table[c] = ByteClass.NameStart;
        for (var c = 'A'; c <= 'Z'; c++) table[c] = ByteClass.NameStart;
        table['_'] = ByteClass.NameStart;
        for (var b = 0x80; b < 256; b++) table[b] = ByteClass.NonAscii;
        return table;
    }

    private static TokenKind[] BuildPunctuators()
    {
        var table = new TokenKind[256];
        table['!'] = TokenKind.Bang;
        table['$'] = TokenKind.Dollar;
        table['&'] = TokenKind.Ampersand;
        table['('] = TokenKind.LeftParenthesis;
        table[')'] = TokenKind.RightParenthesis;
        table[':'] = TokenKind.Colon;
        table['='] = TokenKind.Equal;
        table['@'] = TokenKind.At;
        table['['] = TokenKind.LeftBracket;
        table[']'] = TokenKind.RightBracket;
        table['{'] = TokenKind.LeftBrace;
        table['|'] = TokenKind.Pipe;
        table['}'] = TokenKind.RightBrace;
        return table;
    }
}
