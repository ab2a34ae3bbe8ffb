using GraphQL;

namespace Boutique.Graph.Catalog;

/// <summary>The GraphQL <c>ProductImage</c>: a picture of a product, served by <c>GET /images/{sha256}.svg</c>.</summary>
[GraphQLName("ProductImage")]
public sealed class ImageView
{
    /// <summary>The product shown (read by the loader that groups images per product).</summary>
    [GraphQLIgnore]
    public Guid ProductId { get; init; }

    /// <summary>Site-relative (<c>/images/&lt;sha256&gt;.svg</c>) or absolute.</summary>
    public string Url { get; init; } = "";

    /// <summary>Alternative text for screen readers.</summary>
    public string? Alt { get; init; }

    public int Width { get; init; }
    public int Height { get; init; }
}
