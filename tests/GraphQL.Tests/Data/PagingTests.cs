using System.Text.Json;

namespace GraphQL.Tests.Data;

public sealed class PagingTests : IClassFixture<CatalogHost>
{
    private readonly CatalogHost _host;

    public PagingTests(CatalogHost host) => _host = host;

    private static readonly int[] s_byPriceDescThenId =
        CatalogSeed.Products.OrderByDescending(p => p.Price).ThenBy(p => p.Id).Select(p => p.Id).ToArray();

    private async Task<(int[] Ids, JsonElement PageInfo)> Page(string arguments)
    {
        var data = await _host.DataAsync(
            "{ products(" + arguments + ", order: [{ price: DESC }]) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");
        var connection = data.GetProperty("products");
        var ids = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()).ToArray();
        return (ids, connection.GetProperty("pageInfo"));
    }

    [Fact]
    public async Task ForwardPagesWalkTheWholeOrderedSetWithoutGapsOrDuplicates()
    {
        var seen = new List<int>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var (ids, info) = await Page("first: 7" + (after is null ? string.Empty : ", after: \"" + after + "\""));
            seen.AddRange(ids);
            pages++;
            Assert.Equal(after is not null, info.GetProperty("hasPreviousPage").GetBoolean());
            Assert.Equal(seen.Count < 60, info.GetProperty("hasNextPage").GetBoolean());
            if (!info.GetProperty("hasNextPage").GetBoolean()) break;
            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(9, pages);
        Assert.Equal(s_byPriceDescThenId, seen.ToArray());
    }

    [Fact]
    public async Task BackwardPagesWalkTheWholeOrderedSetFromTheEnd()
    {
        var seen = new List<int>();
        string? before = null;
        while (true)
        {
            var (ids, info) = await Page("last: 8" + (before is null ? string.Empty : ", before: \"" + before + "\""));
            seen.InsertRange(0, ids);
            Assert.Equal(seen.Count < 60, info.GetProperty("hasPreviousPage").GetBoolean());
            if (!info.GetProperty("hasPreviousPage").GetBoolean()) break;
            before = info.GetProperty("startCursor").GetString();
        }

        Assert.Equal(s_byPriceDescThenId, seen.ToArray());
    }

    [Fact]
    public async Task KeysetPagesEqualOffsetPages()
    {
        var (keyset, info) = await Page("first: 10");
        var (next, _) = await Page("first: 10, after: \"" + info.GetProperty("endCursor").GetString() + "\"");
        var data = await _host.DataAsync("{ productPages(skip: 10, take: 10, order: [{ price: DESC }]) { items { id } pageInfo { hasNextPage hasPreviousPage } } }");
        var offset = data.GetProperty("productPages").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToArray();
        Assert.Equal(s_byPriceDescThenId.Take(10), keyset);
        Assert.Equal(offset, next);
        Assert.True(data.GetProperty("productPages").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task TotalCountIsCountedOnlyWhenSelected()
    {
        _host.Sql.Clear();
        var data = await _host.DataAsync("{ products(first: 2, where: { isFeatured: { eq: true } }) { totalCount nodes { id } } }");
        Assert.Equal(12, data.GetProperty("products").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, _host.Sql.Commands.Count);

        _host.Sql.Clear();
        await _host.DataAsync("{ products(first: 2) { nodes { id } } }");
        Assert.Single(_host.Sql.Commands);
    }

    [Fact]
    public async Task DeepPagesSeekWithTheSortKeysAndTheKey()
    {
        var (_, info) = await Page("first: 3");
        _host.Sql.Clear();
        await Page("first: 3, after: \"" + info.GetProperty("endCursor").GetString() + "\"");
        var sql = Assert.Single(_host.Sql.Commands);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("p.\"Price\" < @", sql);
    }

    [Theory]
    [InlineData("first: -1", "\"first\" must not be negative, but it is -1.", "PAGING_NEGATIVE")]
    [InlineData("first: 100000", "Requesting 100000 records with \"first\" exceeds the maximum page size of 50.", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("first: 1, last: 1", "Passing both \"first\" and \"last\" to paginate a connection is not supported.", "PAGING_FIRST_LAST_BOTH")]
    [InlineData("after: \"bm90LWEtY3Vyc29y\"", "The cursor \"bm90LWEtY3Vyc29y\" is not valid.", "PAGING_INVALID_CURSOR")]
    [InlineData("after: \"%%%\"", "The cursor \"%%%\" is not valid.", "PAGING_INVALID_CURSOR")]
    public async Task HostilePagingArgumentsAreCleanErrors(string arguments, string message, string code)
    {
        var response = await _host.ExecuteAsync("{ products(" + arguments + ") { nodes { id } } }");
        var error = response.GetProperty("errors")[0];
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ATamperedCursorIsRejected()
    {
        var (_, info) = await Page("first: 3");
        var cursor = info.GetProperty("endCursor").GetString()!;
        var tampered = cursor[..^3] + (cursor[^3] == 'A' ? 'B' : 'A') + cursor[^2..];
        var response = await _host.ExecuteAsync("{ products(first: 3, after: \"" + tampered + "\", order: [{ price: DESC }]) { nodes { id } } }");
        Assert.Equal("PAGING_INVALID_CURSOR", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var otherOrder = await _host.ExecuteAsync("{ products(first: 3, after: \"" + cursor + "\", order: [{ name: ASC }]) { nodes { id } } }");
        Assert.Equal("PAGING_INVALID_CURSOR", otherOrder.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WithoutSortingThePagesFollowTheKey()
    {
        var data = await _host.DataAsync("{ unsortedProducts(first: 5) { nodes { id } } }");
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, data.GetProperty("unsortedProducts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }
}
