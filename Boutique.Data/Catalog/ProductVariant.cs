using Boutique.Data.Common;

namespace Boutique.Data.Catalog;

/// <summary>One buyable thing: a product in a size and a colour, with its own stock.</summary>
public sealed class ProductVariant
{
    private ProductVariant()
    {
    }

    internal ProductVariant(Guid productId, string sku, string size, string colour, int stock, decimal? priceOverride)
    {
        if (stock < 0)
        {
            throw new DomainException("Stock cannot be negative.");
        }

        Id = Guid.CreateVersion7();
        ProductId = productId;
        Sku = sku;
        Size = size;
        Colour = colour;
        Stock = stock;
        PriceOverride = priceOverride;
    }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string Size { get; private set; } = "";
    public string Colour { get; private set; } = "";

    /// <summary>When set, this variant sells at this price instead of the product's.</summary>
    public decimal? PriceOverride { get; private set; }

    public int Stock { get; private set; }

    /// <summary>PostgreSQL xmin: two checkouts racing for the last item cannot both win.</summary>
    public uint Version { get; private set; }

    public bool IsInStock => Stock > 0;

    public decimal PriceFor(Product product) => PriceOverride ?? product.Price;

    public void RemoveStock(int quantity)
    {
        if (quantity <= 0)
        {
            throw new DomainException("The quantity to remove must be at least 1.");
        }

        if (quantity > Stock)
        {
            throw new OutOfStockException(Sku, quantity, Stock);
        }

        Stock -= quantity;
    }

    public void AddStock(int quantity)
    {
        if (quantity <= 0)
        {
            throw new DomainException("The quantity to add must be at least 1.");
        }

        Stock += quantity;
    }

    public void SetStock(int stock)
    {
        if (stock < 0)
        {
            throw new DomainException("Stock cannot be negative.");
        }

        Stock = stock;
    }

    public void SetPriceOverride(decimal? price)
    {
        if (price < 0)
        {
            throw new DomainException("Prices cannot be negative.");
        }

        PriceOverride = price;
    }
}
