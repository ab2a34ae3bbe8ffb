using Boutique.Storefront.Catalog;
using Boutique.Storefront.GraphQL;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Boutique.Storefront.Pages.Categories;

/// <summary>/categories/{slug}: the category's products with sort and paging.</summary>
public sealed class DetailsModel(IBoutiqueClient client) : PageModel
{
    public ProductListQuery Query { get; private set; } = new();

    public ICategory_CategoryBySlug Category { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] ProductListQuery query, CancellationToken cancellationToken)
    {
        (Query, Category) = (query, (await query.CategoryAsync(client, slug, cancellationToken)).CategoryBySlug!);
        return Category is null ? NotFound() : Page();
    }
}
