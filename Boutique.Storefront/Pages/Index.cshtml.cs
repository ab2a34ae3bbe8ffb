using Boutique.Storefront.Catalog;
using Boutique.Storefront.GraphQL;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Boutique.Storefront.Pages;

/// <summary>Home: hero, featured products, categories.</summary>
public sealed class IndexModel(IBoutiqueClient client) : PageModel
{
    public const int FeaturedCount = 8;

    public IHomeResult Home { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Home = await client.Home.ExecuteAsync(FeaturedCount, cancellationToken).DataOrThrow();
}
