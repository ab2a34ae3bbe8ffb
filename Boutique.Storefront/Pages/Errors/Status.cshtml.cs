using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Boutique.Storefront.Pages.Errors;

/// <summary>Where UseStatusCodePagesWithReExecute sends a bare 4xx/5xx (NotFound() for an unknown slug, an unknown URL).</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Response.StatusCode = Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
}
