extern alias storefront;

using System.Text.Json;
using Boutique.Storefront.Tests.Infrastructure;
using GraphQL.Client;
using RejectedInputException = storefront::Boutique.Storefront.Catalog.RejectedInputException;

namespace Boutique.Storefront.Tests.Pages.Errors;

[Collection(ShopCollection.Name)]
public sealed class ErrorPagesTests(Shop shop)
{
    [Fact]
    public async Task UnknownUrlAnswers404WithTheNotFoundPageInsideTheLayout()
    {
        var page = await shop.GetAsync("/no/such/page");

        Assert.Equal(404, (int)page.Status);
        Assert.Equal("We couldn't find that page", page.H1);
        Assert.NotEmpty(page.Texts("nav[aria-label=Categories] a"));
    }

    [Theory]
    [InlineData("/products?after=garbage", "/products")]
    [InlineData("/products?before=not-a-cursor", "/products")]
    [InlineData("/products?q=silk&size=M&after=%25%25%25", "/products")]
    [InlineData("/products?after=UHJvZHVjdDox", "/products")] // valid base64, but no cursor of this API
    [InlineData("/categories/bridal?after=garbage", "/categories/bridal")]
    [InlineData("/categories/bridal?sort=price-asc&before=garbage", "/categories/bridal")]
    [InlineData("/products?size=%00", "/products")] // PostgreSQL refuses NUL in text: stopped before the API
    [InlineData("/products/some-dress?color=a%01b", "/products/some-dress")]
    public async Task AUrlValueTheApiRejectsShowsThe400PageWithALinkBackAndNoDetail(string url, string back)
    {
        var page = await shop.GetAsync(url);

        Assert.Equal(400, (int)page.Status);
        Assert.Equal("That link does not work", page.H1);
        Assert.Equal([back], page.Attributes("main a.button", "href"));
        Assert.NotEmpty(page.Texts("nav[aria-label=Categories] a"));
        var html = page.Document.DocumentElement.OuterHtml;
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(" at Boutique", html);
        Assert.DoesNotContain("PAGING", html);
    }

    [Theory]
    [InlineData("/products?sort=bogus")] // unknown sorts fall back to the default order
    [InlineData("/products?min=abc&max=-5")] // unparsable or odd prices filter nothing or everything
    [InlineData("/products?category=no-such-category&size=XXXL")]
    [InlineData("/products/no-such-product?size=XXXL&color=Plaid")]
    public async Task OtherOddUrlValuesNeverReachTheApiAsErrors(string url)
    {
        var page = await shop.GetAsync(url);

        Assert.True((int)page.Status is 200 or 404, $"{url}: {(int)page.Status}");
    }
}

public sealed class RejectedInputTests
{
    [Fact]
    public void OnlyErrorsEveryOneOfWhichIsCausedByInputAreRejectedInput()
    {
        static ClientError Error(string? code) => new("x", extensions: code is null ? null : new Dictionary<string, JsonElement> { ["code"] = JsonSerializer.SerializeToElement(code) });

        Assert.True(RejectedInputException.IsRejectedInput([Error("PAGING_INVALID_CURSOR")]));
        Assert.True(RejectedInputException.IsRejectedInput([Error("INVALID_ID"), Error("PAGING_INVALID_CURSOR")]));
        Assert.False(RejectedInputException.IsRejectedInput([]));
        Assert.False(RejectedInputException.IsRejectedInput([Error("PAGING_INVALID_CURSOR"), Error(null)]));
        Assert.False(RejectedInputException.IsRejectedInput([Error("GRAPHQL_VALIDATION_FAILED")]));
    }
}

/// <summary>The storefront with no API behind it.</summary>
public sealed class ApiDownTests : IAsyncLifetime
{
    private readonly StorefrontHost _storefront = new(StorefrontHost.UnreachableGraphQLUrl());

    [Theory]
    [InlineData("/")]
    [InlineData("/products?q=silk")]
    [InlineData("/products/some-dress")]
    [InlineData("/categories/bridal")]
    public async Task PagesAnswer503WithWeWillBeRightBack(string url)
    {
        var page = await Page.GetAsync(_storefront.CreatePageClient(), url);

        Assert.Equal(503, (int)page.Status);
        Assert.Equal("We'll be right back", page.H1);
        Assert.Equal("30", page.Response.Headers.RetryAfter?.ToString());
        Assert.Equal(url, page.Attributes("main a.button", "href").Single());
        Assert.DoesNotContain("Exception", page.Document.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task PagesThatNeedNoDataStillAnswer()
    {
        var page = await Page.GetAsync(_storefront.CreatePageClient(), "/about");

        Assert.Equal(200, (int)page.Status);
        Assert.Empty(page.Texts("nav[aria-label=Categories] a"));
    }

    [Fact]
    public async Task HealthzAnswersWhileTheApiIsDown()
    {
        var response = await _storefront.CreatePageClient().GetAsync("/healthz");

        Assert.Equal(200, (int)response.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _storefront.DisposeAsync();
}
