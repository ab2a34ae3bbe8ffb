using System.Globalization;
using Boutique.Data;
using Boutique.Data.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Storefront.Tests.Infrastructure;

/// <summary>The truth the pages are checked against: read straight from the database.</summary>
public static class Catalog
{
    public static IQueryable<Product> Published(this BoutiqueDbContext db) =>
        db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published);

    /// <summary>Euros as the storefront prints them, written out independently of its code.</summary>
    public static string Euros(decimal amount) => "€" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>The tile's price text: "€129.00", or "Now €99.00 was €129.00" on sale.</summary>
    public static string PriceText(decimal price, decimal? compareAt) =>
        compareAt is { } was && was > price ? $"Now {Euros(price)} was {Euros(was)}" : Euros(price);
}
