using GraphQL.Data.Sorting;

namespace Boutique.Graph.Catalog;

/// <summary>
/// <c>ProductSortInput</c>: the orders a shop offers (name, price, newest, featured, on sale, in stock).
/// Bound explicitly so an ordering nobody indexed for (description, slug) is never a public contract;
/// the id is always the last key anyway, so paging stays stable.
/// </summary>
public sealed class ProductSortInputType : SortInputType<ProductView>
{
    protected override void Configure(ISortInputTypeDescriptor<ProductView> descriptor) => descriptor
        .BindFieldsExplicitly()
        .Field(p => p.Name)
        .Field(p => p.Price)
        .Field(p => p.OnSale)
        .Field(p => p.Featured)
        .Field(p => p.InStock)
        .Field(p => p.CreatedAt);
}
