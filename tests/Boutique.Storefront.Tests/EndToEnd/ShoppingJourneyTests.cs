using System.Runtime.CompilerServices;
using Boutique.Storefront.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Boutique.Storefront.Tests.EndToEnd;

/// <summary>
/// A shopper in headless Chromium (Debian's /usr/bin/chromium; Playwright's own browsers are never
/// downloaded) against the API and the storefront on real loopback ports: home, search, filter by
/// category and size, open a product, see its sizes. Screenshots of each page at phone and desktop width
/// go to artifacts/screenshots/ (git-ignored).
/// </summary>
public sealed class ShoppingJourneyTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly (string Name, int Width, int Height)[] Viewports = [("phone", 390, 844), ("desktop", 1366, 900)];

    private readonly Shop _shop = new();
    private StorefrontHost _storefront = null!;
    private Uri _baseUrl = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium; ./boutique test does it).");
        await _shop.InitializeAsync();
        _storefront = new StorefrontHost(_shop.Api.GraphQLUrl);
        _baseUrl = _storefront.StartOnKestrel();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_storefront is not null) await _storefront.DisposeAsync();
        await _shop.DisposeAsync();
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task AShopperSearchesFiltersAndOpensAProductToSeeItsSizes(string viewport)
    {
        var (_, width, height) = Viewports.Single(v => v.Name == viewport);
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        page.RequestFailed += (_, r) => failures.Add($"{r.Url}: {r.Failure}");
        page.Response += (_, r) => { if (r.Status >= 400 && !r.Url.Contains("/no-such-", StringComparison.Ordinal)) failures.Add($"{r.Url}: {r.Status}"); };
        page.Console += (_, m) => { if (m.Type == "error") failures.Add("console: " + m.Text); };

        // Home
        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dressed for every occasion" })).ToBeVisibleAsync();
        Assert.Equal(8, await page.Locator("[aria-labelledby=featured-title] .card").CountAsync());
        await Screenshot(page, "1-home", viewport);

        // Search from the header
        await page.GetByLabel("Search products").FillAsync("silk");
        await page.GetByLabel("Search products").PressAsync("Enter");
        await page.WaitForURLAsync("**/products?q=silk");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Results for “silk”");
        Assert.True(await page.Locator(".card").CountAsync() > 0);
        await Screenshot(page, "2-search", viewport);

        // Filter by category, then size: choosing applies at once (progressive enhancement), the URL keeps the state
        await page.GotoAsync("/products");
        await page.GetByLabel("Category").SelectOptionAsync("shoes");
        await page.WaitForURLAsync("**/products?category=shoes");
        await page.GetByLabel("Size").SelectOptionAsync("38");
        await page.WaitForURLAsync("**/products?category=shoes&size=38");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Shoes");
        await Screenshot(page, "3-filtered", viewport);

        // The back button returns to the category alone
        await page.GoBackAsync();
        await page.WaitForURLAsync("**/products?category=shoes");
        await Assertions.Expect(page.GetByLabel("Size")).ToHaveValueAsync("");
        await page.GoForwardAsync();
        await page.WaitForURLAsync("**/products?category=shoes&size=38");

        // Open the first product and see its sizes
        var first = page.Locator(".card-link").First;
        var name = (await first.Locator(".card-title").InnerTextAsync()).Trim();
        await first.ClickAsync();
        await page.WaitForURLAsync("**/products/*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        var sizes = await page.Locator("input[name=size]").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
        Assert.Equal(["36", "37", "38", "39", "40", "41"], sizes);
        var firstImage = page.Locator(".product-gallery img").First;
        Assert.True(await firstImage.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The product picture loads through /images.");
        await Screenshot(page, "4-product", viewport);

        // Choosing a size applies at once and says how many are left
        await page.Locator(".option", new() { HasText = "38" }).ClickAsync();
        await page.WaitForURLAsync("**size=38*");
        await Assertions.Expect(page.Locator(".product-info [role=status]")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("In stock|Only \\d left|Sold out"));
        await Screenshot(page, "5-product-size-chosen", viewport);

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // A 404 for a product that does not exist (the browser logs that 404 itself)
        var missing = await page.GotoAsync("/products/no-such-dress");
        Assert.Equal(404, missing!.Status);
        await Screenshot(page, "6-not-found", viewport);
    }

    /// <summary>A full-page screenshot, with the lazy pictures below the fold loaded first.</summary>
    private static async Task Screenshot(IPage page, string name, string viewport)
    {
        await page.EvaluateAsync("""
            async () => {
                for (const img of document.images) img.loading = "eager";
                await Promise.all([...document.images].map(img => img.decode().catch(() => {})));
            }
            """);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory(), $"{name}-{viewport}.png"), FullPage = true });
    }

    private static string ScreenshotDirectory([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "artifacts", "screenshots"));
}
