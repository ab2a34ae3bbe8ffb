using Boutique.Storefront.GraphQL;

namespace Boutique.Storefront.Catalog;

/// <summary>
/// The state of a product listing as the query string carries it (so a page can be shared and the back
/// button works): <c>?q=silk&amp;category=bridal&amp;size=M&amp;color=Ivory&amp;min=100&amp;max=400&amp;sort=price-asc&amp;after=…</c>.
/// Turns it into the variables of Operations/Products.graphql and Operations/Category.graphql.
/// </summary>
public sealed class ProductListQuery
{
    public const int PageSize = 12;

    /// <summary>The sort options in the order the select lists them; the first is the default.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> SortOptions =
    [
        ("", "Newest"),
        ("price-asc", "Price: low to high"),
        ("price-desc", "Price: high to low"),
        ("name", "Name: A to Z"),
    ];

    public string? Q { get; set; }
    public string? Category { get; set; }
    public string? Size { get; set; }
    public string? Color { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public string? Sort { get; set; }
    public string? After { get; set; }
    public string? Before { get; set; }

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    public bool HasFilters => Category is not null || Size is not null || Color is not null || Min is not null || Max is not null;

    public int? First => Before is null ? PageSize : null;

    public int? Last => Before is null ? null : PageSize;

    /// <summary>Every filter: category, a variant with the size and colour (the same variant), price range.</summary>
    public ProductFilterInput? Where()
    {
        var parts = new List<ProductFilterInput>();
        if (InCategory() is { } category) parts.Add(category);
        if (Size is not null || Color is not null)
        {
            parts.Add(new ProductFilterInput
            {
                Variants = new ListFilterInputTypeOfProductVariantFilterInput
                {
                    Some = new ProductVariantFilterInput
                    {
                        Size = Size is null ? null : new StringOperationFilterInput { Eq = Size },
                        Color = Color is null ? null : new StringOperationFilterInput { Eq = Color },
                        InStock = new BooleanOperationFilterInput { Eq = true },
                    },
                },
            });
        }

        if (Min is not null || Max is not null)
        {
            parts.Add(new ProductFilterInput { Price = new DecimalOperationFilterInput { Gte = Min, Lte = Max } });
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new ProductFilterInput { And = parts },
        };
    }

    /// <summary>The category alone: the scope of the size, colour and price facets.</summary>
    public ProductFilterInput? InCategory() => Category is null
        ? null
        : new ProductFilterInput { Category = new CategoryFilterInput { Slug = new StringOperationFilterInput { Eq = Category } } };

    /// <summary>Null leaves the API's default: relevance when searching, else newest first.</summary>
    public IReadOnlyList<ProductSortInput>? Order() => Sort switch
    {
        "price-asc" => [new ProductSortInput { Price = SortEnumType.Asc }],
        "price-desc" => [new ProductSortInput { Price = SortEnumType.Desc }],
        "name" => [new ProductSortInput { Name = SortEnumType.Asc }],
        _ => null,
    };

    public Task<IProductsResult> ListAsync(IBoutiqueClient client, CancellationToken cancellationToken) =>
        client.Products.ExecuteAsync(Search, Where(), InCategory(), Order(), First, After, Last, Before, cancellationToken).DataOrThrow();

    public Task<ICategoryResult> CategoryAsync(IBoutiqueClient client, string slug, CancellationToken cancellationToken) =>
        client.Category.ExecuteAsync(slug, Order(), First, After, Last, Before, cancellationToken).DataOrThrow();
}
