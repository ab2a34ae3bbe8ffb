namespace GraphQL.Data.Execution;

/// <summary>
/// Where each data attribute's middleware sits, whatever order the attributes are written in, as in
/// Hot Chocolate: authorization outside everything, then <c>UsePaging</c> → <c>UseProjection</c> →
/// <c>UseFiltering</c> → <c>UseSorting</c> → the resolver. Inner middleware compose the
/// <see cref="IQueryable{T}"/>; the outermost data middleware executes it once.
/// </summary>
public static class DataMiddlewareOrder
{
    public const int Authorization = -1000;
    public const int MutationConvention = -900;
    public const int Paging = -400;
    public const int Projection = -300;
    public const int Filtering = -200;
    public const int Sorting = -100;
}
