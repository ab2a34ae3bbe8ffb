namespace GraphQL.Language;

/// <summary>
/// Byte classes tested eight at a time in a <c>ulong</c> (SWAR): the lexer's loops over names read a word instead
/// of a byte. Every test is exact per byte: additions never carry from one byte into the next.
/// </summary>
internal static class ByteWords
{
    private const ulong Ones = 0x0101010101010101UL;
    private const ulong High = 0x8080808080808080UL;

    /// <summary>The high bit of each byte of <paramref name="word"/> that is not NameContinue (spec §2.1.9).</summary>
    public static ulong NotNameContinue(ulong word)
    {
        var low = word & ~High;
        // Setting 0x20 maps A–Z onto a–z and nothing else onto a–z.
        var letter = InRange(low | (0x20 * Ones), 'a', 'z');
        var digit = InRange(low, '0', '9');
        var underscore = InRange(low, '_', '_');
        // Bytes of 0x80 and above are never part of a name.
        return ~((letter | digit | underscore) & ~word) & High;
    }

    /// <summary>
    /// The high bit of each byte of <paramref name="low"/> (high bits clear) in <c>[lo, hi]</c>: adding
    /// <c>0x80 - lo</c> sets it when the byte is at least lo, adding <c>0x7F - hi</c> when it is above hi, and
    /// neither sum passes 0xFF.
    /// </summary>
    private static ulong InRange(ulong low, uint lo, uint hi) =>
        (low + (0x80UL - lo) * Ones) & ~(low + (0x7FUL - hi) * Ones) & High;
}
