using Boutique.Storefront.Catalog;
using Boutique.Storefront.GraphQL;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Boutique.Storefront.Pages.Products;

/// <summary>/products/{slug}: pictures, price, description, size and colour choice, stock, related products.</summary>
public sealed class DetailsModel(IBoutiqueClient client) : PageModel
{
    public const int RelatedCount = 4;

    public ProductChoice Product { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, string? size, string? color, CancellationToken cancellationToken)
    {
        Product = ProductChoice.For((await client.Product.ExecuteAsync(slug, RelatedCount, cancellationToken).DataOrThrow()).ProductBySlug, size, color)!;
        return Product is null ? NotFound() : Page();
    }
}
