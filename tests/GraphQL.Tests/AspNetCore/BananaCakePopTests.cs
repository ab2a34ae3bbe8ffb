using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphQL.Tests.AspNetCore;

/// <summary>The Banana Cake Pop IDE served from the embedded npm package, configured for this endpoint.</summary>
public sealed partial class BananaCakePopTests : IAsyncLifetime
{
    private TestGraphQLServer _server = null!;

    public async Task InitializeAsync() => _server = await TestGraphQLServer.StartAsync(o => o.Tool.Title = "Boutique API");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<HttpResponseMessage> BrowserGetAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return await _server.Client.SendAsync(request);
    }

    [Fact]
    public async Task BrowserGetServesThePageAndEveryAssetItReferences()
    {
        var page = await BrowserGetAsync("/graphql");
        Assert.Equal(200, (int)page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/graphql/\"/>", html);
        Assert.Contains("<title>Boutique API</title>", html);
        Assert.DoesNotContain("//cdn", html);

        var assets = AssetPattern().Matches(html).Select(m => m.Groups[1].Value).Where(a => !a.StartsWith('/')).Distinct().ToList();
        Assert.True(assets.Count >= 5, string.Join(", ", assets));
        foreach (var asset in assets)
        {
            var response = await _server.Client.GetAsync("/graphql/" + asset.TrimStart('.', '/'));
            Assert.True(response.IsSuccessStatusCode, asset + " → " + (int)response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, asset);
        }
    }

    [Fact]
    public async Task ConfigPointsTheIdeAtTheHttpAndWebSocketEndpoints()
    {
        var response = await _server.Client.GetAsync("/graphql/bcp-config.json");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(_server.Url, config.RootElement.GetProperty("endpoint").GetString());
        Assert.Equal(_server.WebSocketUri.ToString(), config.RootElement.GetProperty("subscriptionEndpoint").GetString());
        Assert.Equal("Boutique API", config.RootElement.GetProperty("title").GetString());
        Assert.False(config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
    }

    [Fact]
    public async Task ServiceWorkerIsServedAsJavaScriptBecauseTheIdeChecksItsContentTypeBeforeRegistering()
    {
        // BCP 18 fetches service-worker.js with "Service-Worker: script" and registers it only when the
        // response is ok and its content type names javascript.
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/service-worker.js");
        request.Headers.TryAddWithoutValidation("Service-Worker", "script");
        var response = await _server.Client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task DisabledIdeLeavesBrowserGetsToTheGraphQLEndpoint()
    {
        await using var server = await TestGraphQLServer.StartAsync(o => o.Tool.Enable = false);
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        var response = await server.Client.SendAsync(request);
        Assert.Equal(406, (int)response.StatusCode);
        Assert.Equal(404, (int)(await server.Client.GetAsync("/graphql/bcp-config.json")).StatusCode);
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex AssetPattern();
}
