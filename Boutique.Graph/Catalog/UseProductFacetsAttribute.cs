using System.Reflection;
using GraphQL;
using GraphQL.Data.Execution;

namespace Boutique.Graph.Catalog;

/// <summary>
/// Turns a field returning <c>IQueryable&lt;ProductView&gt;</c> (with <c>[UseFiltering]</c> below it) into
/// <c>ProductFacets!</c>: it takes the filtered query before anything materialises it and runs the
/// facet aggregates over it.
/// </summary>
/// <remarks>
/// A workaround: the toolkit has no public way to apply a field's <c>where</c> argument to a query in
/// a resolver (Hot Chocolate's <c>query.Filter(context)</c>), so this attribute claims the data
/// middleware's "materialised" and "element type" feature slots by their key strings, as
/// <c>[UsePaging]</c> does internally. Replace it with <c>Filter(context)</c> once the toolkit offers it.
/// </remarks>
public sealed class UseProductFacetsAttribute : ObjectFieldDescriptorAttribute
{
    // The keys of GraphQL.Data.DataFeatures (internal to the toolkit).
    private const string ElementTypeFeature = "GraphQL.Data.ElementType";
    private const string MaterializedFeature = "GraphQL.Data.Materialized";

    public UseProductFacetsAttribute() => Order = DataMiddlewareOrder.Paging;

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
    {
        descriptor.Features[ElementTypeFeature] = typeof(ProductView);
        descriptor.Features[MaterializedFeature] = true;
        descriptor.Type = context.GetOutputType(typeof(ProductFacets)).AsNonNull();
        descriptor.ResultType = typeof(ProductFacets);
        descriptor.Middleware.Add(next => async resolverContext =>
        {
            var value = await next(resolverContext);
            return value is IQueryable<ProductView> products
                ? await ProductFacetsQuery.RunAsync(products, resolverContext.RequestAborted)
                : value;
        });
    }
}
