namespace Boutique.Storefront.Catalog;

/// <summary>
/// Sizes in the order a shopper expects (XS, S, M, L, XL; EU shoe sizes by number; One Size last). The API's
/// Product.sizes promises size order but the facets list by count, so the storefront orders both itself.
/// </summary>
public static class Sizes
{
    private static readonly string[] Letters = ["XXS", "XS", "S", "M", "L", "XL", "XXL"];

    public static IEnumerable<T> InOrder<T>(IEnumerable<T> items, Func<T, string> size) =>
        items.OrderBy(i => Rank(size(i))).ThenBy(i => size(i), StringComparer.Ordinal);

    private static int Rank(string size)
    {
        var letter = Array.IndexOf(Letters, size.ToUpperInvariant());
        if (letter >= 0) return letter;
        return int.TryParse(size, out var number) ? 100 + number : 1000;
    }
}
