using GraphQL.Client;

namespace Boutique.Storefront.Catalog;

/// <summary>
/// Tells an unreachable API (connection refused, timeout, a gateway's HTML error page) from a bug: the
/// first is "we'll be right back" with 503, the second an ordinary 500.
/// </summary>
public static class ApiUnavailable
{
    public static bool Is(Exception exception) => exception switch
    {
        GraphQLTransportException or HttpRequestException => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    public static int StatusCodeFor(Exception exception) =>
        Is(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
}
