using GraphQL.Data.Filtering;

namespace Boutique.Graph.Catalog;

/// <summary>
/// <c>ProductFilterInput</c>: what shoppers and partners filter on. Bound explicitly so that adding a
/// property to the view never silently widens the public contract (or lets a client run
/// <c>contains</c> over every description: that is what <c>search</c> is for). <c>id</c> (and
/// <c>category.id</c>, <c>variants.id</c>) take the global IDs the API gives, as <c>IdOperationFilterInput</c>.
/// </summary>
public sealed class ProductFilterInputType : FilterInputType<ProductView>
{
    protected override void Configure(IFilterInputTypeDescriptor<ProductView> descriptor) => descriptor
        .BindFieldsExplicitly()
        .Field(p => p.Id)
        .Field(p => p.Name)
        .Field(p => p.Slug)
        .Field(p => p.Price)
        .Field(p => p.CompareAtPrice)
        .Field(p => p.OnSale)
        .Field(p => p.Featured)
        .Field(p => p.InStock)
        .Field(p => p.CreatedAt)
        .Field(p => p.Category)
        .Field(p => p.Variants);
}
