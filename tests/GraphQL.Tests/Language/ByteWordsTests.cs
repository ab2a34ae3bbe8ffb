using GraphQL.Language;

namespace GraphQL.Tests.Language;

/// <summary>The eight-bytes-at-once name test agrees with the byte table for every byte in every position.</summary>
public sealed class ByteWordsTests
{
    [Fact]
    public void NotNameContinueMarksExactlyTheBytesThatEndAName()
    {
        for (var lane = 0; lane < 8; lane++)
        {
            for (var b = 0; b < 256; b++)
            {
                // The other lanes hold a name byte and a non-name byte in turn, so a carry or borrow between lanes
                // would show up as a wrong neighbour.
                foreach (var filler in new[] { (byte)'a', (byte)0xFF, (byte)'/', (byte)'`' })
                {
                    var word = 0UL;
                    for (var i = 0; i < 8; i++)
                    {
                        word |= (ulong)(i == lane ? (byte)b : filler) << (8 * i);
                    }

                    var mask = ByteWords.NotNameContinue(word);
                    for (var i = 0; i < 8; i++)
                    {
                        var value = i == lane ? b : filler;
                        var marked = (mask >> (8 * i) & 0xFF) == 0x80;
                        Assert.True((mask >> (8 * i) & 0x7F) == 0, $"low bits set in lane {i}");
                        Assert.True(marked == !ByteTable.IsNameContinue(value), $"byte 0x{value:X2} in lane {i}");
                    }
                }
            }
        }
    }
}
