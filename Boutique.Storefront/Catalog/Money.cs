using System.Globalization;

namespace Boutique.Storefront.Catalog;

/// <summary>
/// Prices are euros (the API's Product.price: "The selling price in euros"). Formatted by hand because the
/// app runs with invariant globalization: "€1,290.00".
/// </summary>
public static class Money
{
    public static string Format(decimal euros) =>
        (euros < 0 ? "−€" : "€") + Math.Abs(euros).ToString("#,0.00", CultureInfo.InvariantCulture);
}
