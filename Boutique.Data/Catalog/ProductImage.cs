namespace Boutique.Data.Catalog;

public sealed class ProductImage
{
    private ProductImage()
    {
    }

    internal ProductImage(Guid productId, string url, string? altText, int width, int height, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        ProductId = productId;
        Url = url;
        AltText = altText;
        Width = width;
        Height = height;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }

    /// <summary>Site-relative (<c>/images/&lt;sha256&gt;.svg</c>, served from <see cref="StoredImage"/>) or absolute.</summary>
    public string Url { get; private set; } = "";

    public string? AltText { get; private set; }
    public int Width { get; private set; }
    public int Height { get; private set; }
    public int SortOrder { get; private set; }
}
