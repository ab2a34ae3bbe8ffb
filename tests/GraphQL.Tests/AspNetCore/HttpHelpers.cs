using System.Net.Http.Headers;
using System.Text;

namespace GraphQL.Tests.AspNetCore;

internal static class HttpHelpers
{
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>JSON written with single quotes for readability: <c>J("{'a':1}")</c>.</summary>
    public static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string json, string? accept = GraphQLResponse, string contentType = "application/json", Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        configure?.Invoke(request);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetGraphQLAsync(this HttpClient client, string query, string? accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }

    public static string MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType ?? "";

    public static async Task AssertAsync(this HttpResponseMessage response, int status, string mediaType, string body)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal((status, mediaType, body), ((int)response.StatusCode, response.MediaType(), text));
    }
}
