using System.Text;
using Boutique.Data.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Graph.Catalog;

/// <summary>
/// Full-text search over the stored <c>products.search_vector</c> (name weighted A, description B).
/// User text never reaches tsquery syntax: it is cut into words of letters and digits, each becomes a
/// prefix term (<c>sil:*</c> finds "silk"), and the terms are ANDed. Long input is capped, so a
/// 2,000-character search costs no more than a short one.
/// </summary>
public static class ProductSearch
{
    /// <summary>The text search configuration of the generated column (see 0001_initial.sql).</summary>
    public const string Configuration = "english";

    public const int MaxTerms = 8;
    public const int MaxTermLength = 40;

    /// <summary><c>"Silk  dress!"</c> → <c>"silk:* &amp; dress:*"</c>; null when there is nothing to search for.</summary>
    public static string? ToTsQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var query = new StringBuilder();
        var terms = 0;
        var i = 0;
        while (i < text.Length && terms < MaxTerms)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i == start) break;
            if (terms > 0) query.Append(" & ");
            query.Append(text.AsSpan(start, Math.Min(i - start, MaxTermLength))).Append(":*");
            terms++;
        }

        return terms == 0 ? null : query.ToString().ToLowerInvariant();
    }

    /// <summary>The visible products as views; with a search, only matches, each with its rank.</summary>
    public static IQueryable<ProductView> Views(IQueryable<Product> products, string? search)
    {
        var tsQuery = ToTsQuery(search);
        return tsQuery is null
            ? products.Select(ProductView.FromEntity)
            : products
                .Where(p => p.SearchVector.Matches(EF.Functions.ToTsQuery(Configuration, tsQuery)))
                .Select(ProductView.FromSearch(tsQuery));
    }

    /// <summary>
    /// The default order when the client gives none: relevance for a search, newest first otherwise
    /// (paging adds the id as the last key, so the order is total).
    /// </summary>
    public static IQueryable<ProductView> DefaultOrder(IQueryable<ProductView> views, string? search) =>
        ToTsQuery(search) is null
            ? views.OrderByDescending(p => p.CreatedAt)
            : views.OrderByDescending(p => p.SearchRank);
}
