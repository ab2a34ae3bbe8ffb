using Boutique.Storefront.Catalog;
using Boutique.Storefront.GraphQL;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Boutique.Storefront.Pages.Products;

/// <summary>/products: search, filters from productFacets, sort and paging, all in the query string.</summary>
public sealed class IndexModel(IBoutiqueClient client) : PageModel
{
    public ProductListQuery Query { get; private set; } = new();

    public IProductsResult Result { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] ProductListQuery query, CancellationToken cancellationToken) =>
        (Query, Result) = (query, await query.ListAsync(client, cancellationToken));
}
