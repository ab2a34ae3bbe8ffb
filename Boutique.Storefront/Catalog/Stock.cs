namespace Boutique.Storefront.Catalog;

/// <summary>What a shopper reads about availability.</summary>
public static class Stock
{
    /// <summary>At or below this many units the page says "Only n left".</summary>
    public const int Low = 3;

    public static string Describe(int units) => units switch
    {
        <= 0 => "Sold out",
        <= Low => $"Only {units} left",
        _ => "In stock",
    };

    public static string CssClass(int units) => units switch
    {
        <= 0 => "stock stock-out",
        <= Low => "stock stock-low",
        _ => "stock stock-in",
    };
}
