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

    /// <summary>503 when the API cannot be reached, 400 when it refused a value of the URL, else 500.</summary>
    public static int StatusCodeFor(Exception exception) => exception switch
    {
        RejectedInputException => StatusCodes.Status400BadRequest,
        _ when Is(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
