using GraphQL.Data.Execution;

namespace GraphQL.Tests.Data;

/// <summary>
/// The content comparison that lets a field's data middleware reuse what it built for the last
/// argument value when a request's variables carry the same value in new instances.
/// </summary>
public sealed class ArgumentContentTests
{
    private static Dictionary<string, object?> Where(decimal minPrice, string prefix) => new()
    {
        ["price"] = new Dictionary<string, object?> { ["gte"] = minPrice },
        ["name"] = new Dictionary<string, object?> { ["startsWith"] = prefix },
    };

    [Fact]
    public void TheSameValueInNewInstancesGetsWhatWasBuiltForTheLastOne()
    {
        var cache = new LastArgumentCache<string>();
        cache.Set(Where(20m, "Product 1"), null, "built");

        Assert.Equal("built", cache.Get(Where(20m, "Product 1"), null));
    }

    [Fact]
    public void OtherValuesOrAnotherShapeGetNothing()
    {
        var cache = new LastArgumentCache<string>();
        cache.Set(Where(20m, "Product 1"), null, "built");

        Assert.Null(cache.Get(Where(21m, "Product 1"), null));
        Assert.Null(cache.Get(Where(20m, "Product 2"), null));
        Assert.Null(cache.Get(Where(20.0m, "Product 1"), null));
        var moreFields = Where(20m, "Product 1");
        moreFields["stock"] = new Dictionary<string, object?> { ["gte"] = 1 };
        Assert.Null(cache.Get(moreFields, null));
        var otherOperation = Where(20m, "Product 1");
        otherOperation["price"] = new Dictionary<string, object?> { ["lte"] = 20m };
        Assert.Null(cache.Get(otherOperation, null));
        Assert.Null(cache.Get(Where(20m, "Product 1"), new object()));
    }

    [Fact]
    public void ListsCompareInOrderAndScalarsByType()
    {
        Assert.True(ArgumentContent.Same(new List<object?> { 1, 2 }, new List<object?> { 1, 2 }));
        Assert.False(ArgumentContent.Same(new List<object?> { 1, 2 }, new List<object?> { 2, 1 }));
        Assert.False(ArgumentContent.Same(new List<object?> { 1 }, new List<object?> { 1, 1 }));
        Assert.False(ArgumentContent.Same(1, 1L));
        Assert.False(ArgumentContent.Same("a", "A"));
        Assert.False(ArgumentContent.Same(null, new Dictionary<string, object?>()));
        var instant = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.False(ArgumentContent.Same(instant, instant.ToOffset(TimeSpan.FromHours(2))));
        Assert.True(ArgumentContent.Same(instant, new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void SortEntriesInADifferentOrderAreAnotherOrdering()
    {
        var cache = new LastArgumentCache<string>();
        var priceThenName = new List<object?> { new Dictionary<string, object?> { ["price"] = "DESC" }, new Dictionary<string, object?> { ["name"] = "ASC" } };
        var nameThenPrice = new List<object?> { new Dictionary<string, object?> { ["name"] = "ASC" }, new Dictionary<string, object?> { ["price"] = "DESC" } };
        cache.Set(priceThenName, null, "price, name");

        Assert.Null(cache.Get(nameThenPrice, null));
        Assert.Equal("price, name", cache.Get(new List<object?> { new Dictionary<string, object?> { ["price"] = "DESC" }, new Dictionary<string, object?> { ["name"] = "ASC" } }, null));
    }
}
