using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Boutique.Storefront.Pages.Errors;

/// <summary>
/// Where UseExceptionHandler re-executes: 503 "we'll be right back" when the API cannot be reached, 400
/// "that link does not work" when the API refused a value of the URL (its StatusCodeSelector chose the
/// status), else 500. Never any detail of the exception.
/// </summary>
public sealed class ErrorModel : PageModel
{
    public bool Unavailable => Response.StatusCode == StatusCodes.Status503ServiceUnavailable;

    public bool RejectedInput => Response.StatusCode == StatusCodes.Status400BadRequest;

    /// <summary>The failed page without its query string: the listing from its start, for "Back to the list".</summary>
    public string PathUrl => HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "/";

    /// <summary>The URL that failed, for "Try again" (the re-executed request's path is /error).</summary>
    public string RetryUrl => (HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "/") + Request.QueryString;

    public void OnGet()
    {
        if (Unavailable) Response.Headers.RetryAfter = "30";
        else if (Response.StatusCode < 500 && !RejectedInput) Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
