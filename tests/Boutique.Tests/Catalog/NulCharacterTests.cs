using Boutique.Tests.Graph;

namespace Boutique.Tests.Catalog;

/// <summary>
/// GraphQL strings may contain U+0000, PostgreSQL text may not: such an argument is the client's
/// mistake (BAD_USER_INPUT with a sentence saying what to do), never an internal error.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class NulCharacterTests(CatalogApi api) : IClassFixture<CatalogApi>
{
    [Theory]
    [InlineData("query($t: String!) { productBySlug(slug: $t) { slug } }", "productBySlug")]
    [InlineData("query($t: String!) { products(where: { name: { contains: $t } }, first: 5) { nodes { slug } } }", "products")]
    public async Task ANulCharacterInAStringArgumentIsBadUserInput(string query, string field)
    {
        var result = await api.GraphQL.PostAsync(query, new { t = "silk\0gown" });

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("Text values cannot contain the NUL character (U+0000); remove it from the argument.", error.GetProperty("message").GetString());
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("BAD_USER_INPUT", extensions.GetProperty("code").GetString());
        Assert.False(extensions.TryGetProperty("exception", out _), "no server detail: " + extensions);
    }

    [Fact]
    public async Task SearchTreatsANulCharacterAsAWordBreak()
    {
        const string query = "query($t: String!) { products(search: $t, first: 100) { totalCount nodes { slug } } }";

        var withNul = await api.GraphQL.DataAsync(query, new { t = "silk\0gown" });
        var withSpace = await api.GraphQL.DataAsync(query, new { t = "silk gown" });

        Assert.True(withSpace.GetProperty("products").GetProperty("totalCount").GetInt64() > 0);
        Assert.Equal(withSpace.ToString(), withNul.ToString());
    }

    [Fact]
    public async Task ANulCharacterWrittenAsAnEscapeInTheDocumentIsBadUserInputToo()
    {
        var codes = await api.GraphQL.ErrorCodesAsync("{ productBySlug(slug: \"a\\u0000b\") { slug } }");

        Assert.Equal(["BAD_USER_INPUT"], codes);
    }
}
