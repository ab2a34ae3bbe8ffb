using GraphQL;

namespace Boutique.Graph.Catalog;

/// <summary>Counts over the products a filter (and search) selects, for a shop's filter sidebar.</summary>
public sealed class ProductFacets
{
    /// <summary>How many products match.</summary>
    public int TotalCount { get; init; }

    /// <summary>The lowest and highest price among the matches; null when nothing matches.</summary>
    public PriceRange? PriceRange { get; init; }

    /// <summary>Matches per category, most first.</summary>
    public IReadOnlyList<CategoryFacet> Categories { get; init; } = [];

    /// <summary>
    /// Per size, how many matching products have a variant of that size in stock (a product counts once
    /// per size; sizes with nothing in stock are left out); in size order, as <c>Product.sizes</c>.
    /// </summary>
    public IReadOnlyList<FacetValue> Sizes { get; init; } = [];

    /// <summary>Per colour, how many matching products have a variant of that colour in stock; alphabetically.</summary>
    public IReadOnlyList<FacetValue> Colors { get; init; } = [];
}

public sealed record PriceRange(decimal Min, decimal Max);

/// <summary>One value of a facet and how many matching products have it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>A category and how many matching products it holds.</summary>
public sealed class CategoryFacet
{
    [GraphQLIgnore]
    public Guid CategoryId { get; init; }

    public int Count { get; init; }
}

[ExtendObjectType(typeof(CategoryFacet))]
public sealed class CategoryFacetExtensions
{
    public Task<CategoryView> GetCategory([Parent] CategoryFacet facet, CategoryByIdDataLoader categories, CancellationToken ct) =>
        categories.LoadAsync(facet.CategoryId, ct);
}
