namespace GraphQL.Data;

/// <summary>Keys of <c>Features</c> entries the data middleware sets on fields and types.</summary>
internal static class DataFeatures
{
    /// <summary>The entity type of the field's <see cref="IQueryable{T}"/>.</summary>
    public const string ElementType = "GraphQL.Data.ElementType";

    /// <summary>Set once some middleware of the field materializes the query (paging or the executor step).</summary>
    public const string Materialized = "GraphQL.Data.Materialized";

    /// <summary>The <see cref="Paging.PagingShape"/> of a paged field: where the nodes sit in the selection.</summary>
    public const string Paging = "GraphQL.Data.Paging";

    /// <summary>The <see cref="Paging.PageQueries{T}"/> of a connection field: its compiled queries (read by tests).</summary>
    public const string CompiledQueries = "GraphQL.Data.CompiledQueries";

    /// <summary>The <see cref="Filtering.FilterTypeInfo"/> of a filter input type.</summary>
    public const string Filter = "GraphQL.Data.Filter";

    /// <summary>The <see cref="Sorting.SortTypeInfo"/> of a sort input type.</summary>
    public const string Sort = "GraphQL.Data.Sort";
}
