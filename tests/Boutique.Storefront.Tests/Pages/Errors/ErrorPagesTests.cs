using Boutique.Storefront.Tests.Infrastructure;

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

    [Fact]
    public async Task AGraphQLErrorShowsThe500PageWithoutAnyDetail()
    {
        // A cursor the API cannot decode: the API answers with a GraphQL error, which the storefront treats as a bug.
        var page = await shop.GetAsync("/products?after=not-a-cursor");

        Assert.Equal(500, (int)page.Status);
        Assert.Equal("Something went wrong", page.H1);
        var html = page.Document.DocumentElement.OuterHtml;
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(" at Boutique", html);
        Assert.DoesNotContain("cursor", html, StringComparison.OrdinalIgnoreCase);
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
