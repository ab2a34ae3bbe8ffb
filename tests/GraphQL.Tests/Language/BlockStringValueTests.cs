using GraphQL.Language;

namespace GraphQL.Tests.Language;

/// <summary>BlockStringValue(rawValue) of spec §2.9.4, applied to raw block string contents.</summary>
public sealed class BlockStringValueTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void UniformIndentationIsRemoved()
    {
        var raw = Lines("", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.");
        Assert.Equal(Lines("Hello,", "  World!", "", "Yours,", "  GraphQL."), BlockStringValue.Compute(raw));
    }

    [Fact]
    public void EmptyLeadingAndTrailingLinesAreRemoved()
    {
        var raw = Lines("", "", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "", "");
        Assert.Equal(Lines("Hello,", "  World!", "", "Yours,", "  GraphQL."), BlockStringValue.Compute(raw));
    }

    [Fact]
    public void BlankLeadingAndTrailingLinesAreRemoved()
    {
        var raw = Lines("  ", "        ", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "        ", "  ");
        Assert.Equal(Lines("Hello,", "  World!", "", "Yours,", "  GraphQL."), BlockStringValue.Compute(raw));
    }

    [Fact]
    public void TheFirstLineKeepsItsIndentation()
    {
        var raw = Lines("    Hello,", "      World!", "", "    Yours,", "      GraphQL.");
        Assert.Equal(Lines("    Hello,", "  World!", "", "Yours,", "  GraphQL."), BlockStringValue.Compute(raw));
    }

    [Fact]
    public void TrailingSpacesAreKept()
    {
        var raw = Lines("               ", "    Hello,     ", "      World!   ", "               ", "    Yours,     ", "      GraphQL. ", "               ");
        Assert.Equal(Lines("Hello,     ", "  World!   ", "           ", "Yours,     ", "  GraphQL. "), BlockStringValue.Compute(raw));
    }

    [Fact]
    public void OnlyWhiteSpaceGivesTheEmptyString()
    {
        Assert.Equal("", BlockStringValue.Compute("  \n\t\n   "));
    }

    [Fact]
    public void EveryLineTerminatorBecomesALineFeed()
    {
        Assert.Equal("a\nb\nc\nd", BlockStringValue.Compute("a\r\nb\rc\nd"));
    }
}
