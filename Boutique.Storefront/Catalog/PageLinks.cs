using Microsoft.AspNetCore.Http.Extensions;

namespace Boutique.Storefront.Catalog;

/// <summary>Links that keep the listing's state (search, filters, sort) and change one thing.</summary>
public static class PageLinks
{
    private static readonly string[] Cursors = ["after", "before"];

    /// <summary>The current URL with <paramref name="key"/> set (or removed when null); paging starts over.</summary>
    public static string With(HttpRequest request, string key, string? value) => Build(request, key, value, dropCursors: true);

    public static string Next(HttpRequest request, string cursor) => Build(request, "after", cursor, dropCursors: true);

    public static string Previous(HttpRequest request, string cursor) => Build(request, "before", cursor, dropCursors: true);

    private static string Build(HttpRequest request, string key, string? value, bool dropCursors)
    {
        var query = new QueryBuilder();
        foreach (var (name, values) in request.Query)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase)) continue;
            if (dropCursors && Cursors.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            foreach (var v in values)
            {
                if (!string.IsNullOrEmpty(v)) query.Add(name, v);
            }
        }

        if (!string.IsNullOrEmpty(value)) query.Add(key, value);
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
