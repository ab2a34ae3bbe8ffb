using Boutique.Storefront.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Boutique.Storefront.Pages.Shared.Components.CategoryNav;

/// <summary>The category links of the header and footer (<c>&lt;vc:category-nav variant="header" /&gt;</c>).</summary>
public sealed class CategoryNavViewComponent(CategoryNavigation navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string variant) =>
        View(variant == "footer" ? "Footer" : "Default", await navigation.LoadAsync(HttpContext.RequestAborted));
}
