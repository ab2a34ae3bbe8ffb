using GraphQL.Types;

namespace GraphQL.Tests.Validation;

/// <summary>graphql-js's suggestionList and didYouMean, which word every "Did you mean" of validation.</summary>
public sealed class SuggestionsTests
{
    [Fact]
    public void NoOptionsGiveNoSuggestions() => Assert.Empty(Suggestions.List("input", new string[0]));

    [Fact]
    public void OptionsWithinTheThresholdAreSuggested()
    {
        Assert.Equal(new[] { "abc" }, Suggestions.List("abc", new[] { "abc" }));
        Assert.Equal(new[] { "a" }, Suggestions.List("a", new[] { "a", "b" }).GetRange(0, 1));
        Assert.Empty(Suggestions.List("aaaa", new[] { "bbbb" }));
    }

    [Fact]
    public void ACaseChangeCountsAsOneEdit() =>
        Assert.Equal(new[] { "verylongstring", "VERY_LONG_STRING" }, Suggestions.List("VERYLONGSTRING", new[] { "VERY_LONG_STRING", "verylongstring" }));

    [Fact]
    public void SuggestionsAreSortedByDistanceThenNaturally()
    {
        Assert.Equal(new[] { "abc", "ab", "a" }, Suggestions.List("abc", new[] { "a", "ab", "abc" }));
        Assert.Equal(new[] { "a", "ab" }, Suggestions.List("a", new[] { "abc", "ab", "a" }));
        Assert.Equal(new[] { "a1", "a2", "a10" }, Suggestions.List("a0", new[] { "a10", "a2", "a1" }));
    }

    [Fact]
    public void DidYouMeanListsUpToFiveQuotedSuggestions()
    {
        Assert.Equal(string.Empty, Suggestions.DidYouMean(new string[0]));
        Assert.Equal(" Did you mean \"A\"?", Suggestions.DidYouMean(new[] { "A" }));
        Assert.Equal(" Did you mean \"A\" or \"B\"?", Suggestions.DidYouMean(new[] { "A", "B" }));
        Assert.Equal(" Did you mean \"A\", \"B\", or \"C\"?", Suggestions.DidYouMean(new[] { "A", "B", "C" }));
        Assert.Equal(" Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?", Suggestions.DidYouMean(new[] { "A", "B", "C", "D", "E", "F" }));
        Assert.Equal(" Did you mean the enum value \"A\"?", Suggestions.DidYouMean(new[] { "A" }, "the enum value"));
    }
}
