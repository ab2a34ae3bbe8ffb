namespace GraphQL.Data;

/// <summary>
/// The stable <c>extensions.code</c> values of the data middleware's errors (documented in
/// <c>docs/graphql-errors.md</c>); clients branch on them, so they never change.
/// </summary>
public static class DataErrorCodes
{
    /// <summary><c>first</c> and <c>last</c> were both given.</summary>
    public const string PagingFirstLastBoth = "PAGING_FIRST_LAST_BOTH";

    /// <summary><c>first</c>, <c>last</c>, <c>skip</c> or <c>take</c> is negative.</summary>
    public const string PagingNegative = "PAGING_NEGATIVE";

    /// <summary><c>first</c>, <c>last</c> or <c>take</c> is above the maximum page size.</summary>
    public const string PagingMaxPageSizeExceeded = "PAGING_MAX_PAGE_SIZE_EXCEEDED";

    /// <summary>A cursor was not produced by this server for this ordering, or was altered.</summary>
    public const string PagingInvalidCursor = "PAGING_INVALID_CURSOR";

    /// <summary>An <c>in</c>/<c>nin</c> list is longer than <see cref="FilterOptions.MaxInListSize"/>.</summary>
    public const string FilterInTooLarge = "FILTER_IN_TOO_LARGE";

    /// <summary>A filter nests <c>and</c>/<c>or</c>/objects deeper than <see cref="FilterOptions.MaxDepth"/>.</summary>
    public const string FilterTooDeep = "FILTER_TOO_DEEP";

    /// <summary>A sort input object does not set exactly one field.</summary>
    public const string SortInvalid = "SORT_INVALID";
}
