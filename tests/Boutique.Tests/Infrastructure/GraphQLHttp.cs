using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Boutique.Tests.Infrastructure;

/// <summary>POSTs GraphQL requests to the real endpoint and hands back the parsed response; never hides a 5xx.</summary>
public sealed class GraphQLHttp(HttpClient client)
{
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The <c>data</c> of a response that must have no errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var result = await PostAsync(query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of each error of a response that must have errors.</summary>
    public async Task<string[]> ErrorCodesAsync(string query, object? variables = null)
    {
        var result = await PostAsync(query, variables);
        Assert.True(result.TryGetProperty("errors", out var errors), "expected errors: " + result);
        return [.. errors.EnumerateArray().Select(e =>
            e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code) ? code.GetString()! : e.GetProperty("message").GetString()!)];
    }

    public static HttpStatusCode Status(HttpResponseMessage response) => response.StatusCode;
}
