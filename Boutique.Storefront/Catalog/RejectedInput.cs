using GraphQL.Client;

namespace Boutique.Storefront.Catalog;

/// <summary>
/// The API refused a value that came from the shopper's URL (a stale or edited <c>after</c>/<c>before</c>
/// cursor, an ID that is not one): the address is wrong, not the shop, so it is a 400 page with a way
/// back, not the 500 page. Anything else the API complains about stays a bug.
/// </summary>
public sealed class RejectedInputException : Exception
{
    public RejectedInputException(IReadOnlyList<IClientError> errors) : base(new GraphQLClientException(errors).Message) => Errors = errors;

    /// <summary>A URL value the storefront refuses itself, before asking the API.</summary>
    public RejectedInputException(string message) : base(message) => Errors = [];

    /// <summary>The <c>extensions.code</c>s of the API (docs/api.md) that only a client's input can cause.</summary>
    private static readonly HashSet<string> s_inputCodes =
    [
        "PAGING_INVALID_CURSOR", "PAGING_MAX_PAGE_SIZE_EXCEEDED", "PAGING_NEGATIVE", "PAGING_FIRST_LAST_BOTH",
        "INVALID_ID", "FILTER_IN_TOO_LARGE", "FILTER_TOO_DEEP", "SORT_INVALID",
    ];

    public IReadOnlyList<IClientError> Errors { get; }

    /// <summary>True when every error is one of the input codes (a mix with anything else is treated as a bug).</summary>
    public static bool IsRejectedInput(IReadOnlyList<IClientError> errors) =>
        errors.Count > 0 && errors.All(e => e.Code is { } code && s_inputCodes.Contains(code));
}
