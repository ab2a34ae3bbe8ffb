using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphQL.AspNetCore.Http;

/// <summary>The response formats the endpoint writes.</summary>
internal enum ResponseFormat
{
    /// <summary>Nothing the client accepts (406).</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: status codes follow the GraphQL over HTTP table.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: 200 for every well-formed GraphQL response (legacy clients).</summary>
    Json,

    /// <summary><c>text/event-stream</c>: graphql-sse "distinct connections" mode.</summary>
    EventStream,
}

/// <summary>
/// Chooses the response format from the Accept header (GraphQL over HTTP §"Accept"): the format with
/// the highest quality wins; <c>application/graphql-response+json</c> wins a tie with <c>application/json</c>;
/// wildcards and a missing header mean <c>application/json</c> (the spec's legacy watershed rule);
/// <c>text/event-stream</c> is chosen only when named.
/// </summary>
internal static class MediaTypeNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string EventStream = "text/event-stream; charset=utf-8";

    /// <summary>
    /// The last single-valued Accept header negotiated and its outcome. A client sends the same Accept on
    /// every request, and parsing it allocates a list of header values each time; the outcome depends only
    /// on the header text and <c>allowEventStream</c>, so a repeat is answered from here.
    /// </summary>
    private static Negotiated? _last;

    public static ResponseFormat Negotiate(StringValues accept, bool allowEventStream)
    {
        if (StringValues.IsNullOrEmpty(accept)) return ResponseFormat.Json;
        if (accept.Count == 1 && _last is { } last && last.AllowEventStream == allowEventStream && string.Equals(last.Accept, accept[0], StringComparison.Ordinal))
        {
            return last.Format;
        }

        var format = NegotiateUncached(accept, allowEventStream);
        if (accept.Count == 1) _last = new Negotiated(accept[0]!, allowEventStream, format);
        return format;
    }

    private static ResponseFormat NegotiateUncached(StringValues accept, bool allowEventStream)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0) return ResponseFormat.Json;

        double graphql = 0, json = 0, events = 0;
        foreach (var range in ranges)
        {
            var q = range.Quality ?? 1.0;
            if (q <= 0) continue;
            var type = range.MediaType;
            if (type.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase)) graphql = Math.Max(graphql, q);
            else if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || type.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || type.Equals("*/*", StringComparison.Ordinal)) json = Math.Max(json, q);
            else if (type.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase)) events = Math.Max(events, q);
        }

        if (allowEventStream && events > 0 && events >= graphql && events >= json) return ResponseFormat.EventStream;
        if (graphql > 0 && graphql >= json) return ResponseFormat.GraphQLResponseJson;
        if (json > 0) return ResponseFormat.Json;
        return ResponseFormat.None;
    }

    /// <summary>Whether a browser asks for a page (the IDE): <c>text/html</c> is named in Accept.</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        foreach (var value in accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the request's Content-Type is exactly one of the JSON forms clients send (<c>application/json</c>,
    /// optionally with <c>charset=utf-8</c>), so the request can skip the general header parser.
    /// </summary>
    public static bool IsPlainJson(string? contentType) =>
        contentType is not null
        && (contentType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Equals("application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase)
            || contentType.Equals("application/json;charset=utf-8", StringComparison.OrdinalIgnoreCase));

    private sealed record Negotiated(string Accept, bool AllowEventStream, ResponseFormat Format);

    public static string ContentType(ResponseFormat format) => format switch
    {
        ResponseFormat.GraphQLResponseJson => GraphQLResponseJson,
        ResponseFormat.EventStream => EventStream,
        _ => Json,
    };
}
