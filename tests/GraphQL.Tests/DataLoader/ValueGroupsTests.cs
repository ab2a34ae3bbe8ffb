using GraphQL.DataLoader;

namespace GraphQL.Tests.DataLoader;

/// <summary>What a grouped loader's batch hands out: each key's values in the order added, as exact arrays.</summary>
public sealed class ValueGroupsTests
{
    [Fact]
    public void GroupsKeepTheOrderOfAdditionAndMissingKeysAreEmpty()
    {
        var groups = new ValueGroups<int, string>(2);
        foreach (var (key, value) in new[] { (2, "b1"), (1, "a1"), (2, "b2"), (3, "c1"), (2, "b3"), (1, "a2") }) groups.Add(key, value);

        Assert.Equal(["a1", "a2"], groups.Get(1));
        Assert.Equal(["b1", "b2", "b3"], groups.Get(2));
        Assert.Equal(["c1"], groups.Get(3));
        Assert.Empty(groups.Get(4));
        Assert.Equal(3, groups.Count);
        Assert.True(groups.Contains(3));
        Assert.False(groups.Contains(4));
        Assert.Equal(["b1", "b2", "b3"], groups[2]);
        Assert.Equal([(2, 3), (1, 2), (3, 1)], groups.Select(g => (g.Key, g.Count())));
    }

    [Fact]
    public void ManyValuesGrowPastTheCapacityAndNothingIsLost()
    {
        var groups = new ValueGroups<int, int>();
        for (var i = 0; i < 1000; i++) groups.Add(i % 7, i);

        for (var key = 0; key < 7; key++)
        {
            Assert.Equal(Enumerable.Range(0, 1000).Where(i => i % 7 == key), groups.Get(key));
        }
    }

    [Fact]
    public void KeysCompareWithTheGivenComparer()
    {
        var groups = new ValueGroups<string, int>(4, StringComparer.OrdinalIgnoreCase);
        groups.Add("Silk", 1);
        groups.Add("SILK", 2);

        Assert.Equal([1, 2], groups.Get("silk"));
    }

    [Fact]
    public void AddingAfterTheGroupsWereReadIsAnError()
    {
        var groups = new ValueGroups<int, string>();
        groups.Add(1, "a");
        _ = groups.Get(1);

        var error = Assert.Throws<InvalidOperationException>(() => groups.Add(1, "b"));
        Assert.Equal("Values cannot be added to a ValueGroups once its groups have been read.", error.Message);
    }
}
