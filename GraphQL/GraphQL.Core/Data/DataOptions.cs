namespace GraphQL.Data;

/// <summary>
/// Defaults of <c>[UsePaging]</c> and <c>[UseOffsetPaging]</c>; register one instance with
/// <c>AddGraphQL().ModifyPagingOptions(...)</c>, override per field on the attribute.
/// </summary>
public sealed class PagingOptions
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> (or <c>take</c>) is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c>/<c>take</c> accepted; larger values are errors, not silently cut.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Whether connections have a <c>totalCount</c> field (counted only when selected).</summary>
    public bool IncludeTotalCount { get; set; } = true;
}

/// <summary>Limits that keep hostile filters from turning into huge SQL statements.</summary>
public sealed class FilterOptions
{
    /// <summary>The most values an <c>in</c>/<c>nin</c> list may hold.</summary>
    public int MaxInListSize { get; set; } = 1000;

    /// <summary>The deepest nesting of <c>and</c>, <c>or</c>, object and list filters.</summary>
    public int MaxDepth { get; set; } = 10;
}
