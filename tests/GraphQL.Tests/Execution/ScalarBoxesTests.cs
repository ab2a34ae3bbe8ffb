using GraphQL.Execution.Processing;

namespace GraphQL.Tests.Execution;

/// <summary>Getters box booleans and small integers through shared boxes: same values, fewer allocations.</summary>
public sealed class ScalarBoxesTests
{
    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-129)]
    [InlineData(-128)]
    [InlineData(0)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(int.MaxValue)]
    public void AnIntIsBoxedWithItsValue(int value)
    {
        Assert.Equal(value, (int)ScalarBoxes.Int(value));
        Assert.Equal(value, (int)ScalarBoxes.NullableInt(value)!);
    }

    [Fact]
    public void SmallIntsAndBooleansShareTheirBoxesAndNullStaysNull()
    {
        Assert.Same(ScalarBoxes.Int(7), ScalarBoxes.Int(7));
        Assert.Same(ScalarBoxes.Bool(true), ScalarBoxes.NullableBool(true));
        Assert.Equal(false, ScalarBoxes.Bool(false));
        Assert.Null(ScalarBoxes.NullableInt(null));
        Assert.Null(ScalarBoxes.NullableBool(null));
    }

    [Fact]
    public void DecimalsWithTheSameBitsShareABoxAndEqualValuesWithOtherScalesDoNot()
    {
        var price = ScalarBoxes.Decimal(9.90m);

        Assert.Same(price, ScalarBoxes.Decimal(9.90m));
        Assert.Same(price, ScalarBoxes.NullableDecimal(9.90m));
        Assert.Equal("9.9", ScalarBoxes.Decimal(9.9m).ToString());
        Assert.Equal("9.90", price.ToString());
        Assert.Null(ScalarBoxes.NullableDecimal(null));
        Assert.True(ScalarBoxes.SameBits(1.10m, 1.10m));
        Assert.False(ScalarBoxes.SameBits(1.10m, 1.1m));
    }

    [Fact]
    public async Task DefaultResolvedIntsAndBooleansAreReturnedUnchanged()
    {
        var executor = ExecutionHarness.Create("type Query { items: [Item] } type Item { n: Int b: Boolean m: Int c: Boolean }",
            o => o.PureResolvers["Query"]["items"] = _ => new[] { new Item(5, true, null, null), new Item(100000, false, -3, false) });

        Assert.Equal(
            ExecutionHarness.J("{'data':{'items':[{'n':5,'b':true,'m':null,'c':null},{'n':100000,'b':false,'m':-3,'c':false}]}}"),
            await executor.RunAsync("{ items { n b m c } }"));
    }

    private sealed record Item(int N, bool B, int? M, bool? C);
}
