namespace Boutique.Storefront.Hosting;

/// <summary>The storefront's configuration: environment variables with working local defaults.</summary>
public static class StorefrontSettings
{
    public const string GraphUrlKey = "BOUTIQUE_GRAPH_URL";
    public const string DefaultGraphUrl = "http://127.0.0.1:5080/graphql";

    /// <summary>The API's GraphQL endpoint.</summary>
    public static Uri GraphUrl(IConfiguration configuration)
    {
        var value = configuration[GraphUrlKey];
        return Uri.TryCreate(string.IsNullOrWhiteSpace(value) ? DefaultGraphUrl : value.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{GraphUrlKey} must be an absolute URL such as {DefaultGraphUrl}; it is \"{value}\".");
    }

    /// <summary>
    /// Where the API serves <c>/images/...</c>: the GraphQL URL without its last segment
    /// (<c>http://127.0.0.1:5080/graphql</c> → <c>http://127.0.0.1:5080/</c>).
    /// </summary>
    public static Uri ApiBase(IConfiguration configuration) => new(GraphUrl(configuration), ".");
}
