using Boutique.Storefront.Catalog;
using Microsoft.AspNetCore.Diagnostics;

namespace Boutique.Storefront.Hosting;

/// <summary>
/// Refuses query strings carrying control characters (<c>?size=%00</c>): no shop value contains them, and
/// PostgreSQL rejects a NUL inside text, so passing one on would turn an edited URL into the API's error
/// and the 500 page. They get the 400 "that link does not work" page instead.
/// </summary>
internal static class ControlCharacterGuard
{
    public static IApplicationBuilder UseControlCharacterGuard(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // The exception handler re-executes /error with the same query string: let that through.
        if (context.Features.Get<IExceptionHandlerFeature>() is null)
        {
            foreach (var (_, values) in context.Request.Query)
            {
                foreach (var value in values)
                {
                    if (value is not null && value.AsSpan().ContainsAnyInRange('\u0000', '\u001f'))
                    {
                        throw new RejectedInputException("The query string holds a control character.");
                    }
                }
            }
        }

        return next(context);
    });
}
