using System.Text;
using Boutique.Data.Catalog;

namespace Boutique.Data.Seed;

/// <summary>
/// Invents the demo catalog from <see cref="CatalogBlueprints"/> by plain arithmetic on indexes: no
/// randomness, so every run (and every machine) gets exactly the same products, prices and stock.
/// </summary>
internal static class DemoCatalog
{
    public const int PublishedPerCategory = 20;

    /// <summary>Catalog dates start here and advance per product, so "newest first" has a stable order.</summary>
    private static readonly DateTimeOffset Epoch = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<ProductSpec> Products()
    {
        var products = new List<ProductSpec>();
        for (var c = 0; c < CatalogBlueprints.All.Length; c++)
        {
            var category = CatalogBlueprints.All[c];
            for (var i = 0; i < PublishedPerCategory; i++)
            {
                products.Add(Product(category, c, i, ProductStatus.Published, products.Count));
            }

            // A few products still in the approval workflow, for the admin screens.
            products.Add(Product(category, c, PublishedPerCategory, c < 4 ? ProductStatus.Draft : ProductStatus.PendingApproval, products.Count));
        }

        return products;
    }

    private static ProductSpec Product(CategoryBlueprint category, int c, int i, ProductStatus status, int globalIndex)
    {
        var first = CatalogBlueprints.Names[(i + c * 7) % CatalogBlueprints.Names.Length];
        var noun = category.Nouns[(i + i / category.Nouns.Length) % category.Nouns.Length];
        var fabric = category.Fabrics[(i * 3 + c) % category.Fabrics.Length];
        var material = Capitalise(fabric.Split(' ')[^1]);
        var name = noun.Contains(material, StringComparison.OrdinalIgnoreCase) ? $"{first} {noun}" : $"{first} {material} {noun}";

        var colourCount = 2 + (i % 2);
        var colours = Enumerable.Range(0, colourCount)
            .Select(j => category.Colours[(i + j * 3) % category.Colours.Length])
            .Distinct()
            .ToList();

        var price = Price(category, i);
        decimal? compareAt = i % 4 == 1 ? RoundToNinetyNine(price * 1.3m) : null;
        var soldOut = i % 9 == 4;
        var variants = new List<VariantSpec>();
        for (var ci = 0; ci < colours.Count; ci++)
        {
            for (var si = 0; si < category.Sizes.Length; si++)
            {
                var size = category.Sizes[si];
                var stock = soldOut ? 0 : (i * 7 + si * 3 + ci * 5) % 13;
                var sku = $"{category.Code}-{i + 1:D3}-{colours[ci].Code}-{SizeCode(size)}";
                variants.Add(new VariantSpec(sku, size, colours[ci], stock));
            }
        }

        var featured = status == ProductStatus.Published && (i == 0 || (i == 5 && c < 4));
        var description = DescriptionWriter.Write(category, name, fabric, colours, i);
        return new ProductSpec(category, name, Slugify(name), description, price, compareAt, featured, status,
            Epoch.AddHours(globalIndex * 37), colours, variants);
    }

    /// <summary>Spreads prices over the category's range, ending in .99 like a shop's would.</summary>
    private static decimal Price(CategoryBlueprint category, int i)
    {
        var step = (i * 37 % 20) / 19m;
        return RoundToNinetyNine(category.MinPrice + (category.MaxPrice - category.MinPrice) * step);
    }

    private static decimal RoundToNinetyNine(decimal amount) => Math.Max(5m, Math.Round(amount / 5m) * 5m) - 0.01m;

    private static string SizeCode(string size) => size == "One Size" ? "OS" : size;

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    internal static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(ch);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
