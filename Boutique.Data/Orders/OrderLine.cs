using Boutique.Data.Common;

namespace Boutique.Data.Orders;

/// <summary>What was bought, copied at purchase time so later catalog edits never rewrite an order.</summary>
public sealed class OrderLine
{
    private OrderLine()
    {
    }

    internal OrderLine(Guid orderId, Guid? variantId, Guid? productId, string productName, string sku, string size, string colour, decimal unitPrice, int quantity)
    {
        if (quantity <= 0)
        {
            throw new DomainException("The quantity must be at least 1.");
        }

        if (unitPrice < 0)
        {
            throw new DomainException("Prices cannot be negative.");
        }

        Id = Guid.CreateVersion7();
        OrderId = orderId;
        VariantId = variantId;
        ProductId = productId;
        ProductName = productName;
        Sku = sku;
        Size = size;
        Colour = colour;
        UnitPrice = unitPrice;
        Quantity = quantity;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }

    /// <summary>Null once the variant is deleted from the catalog; the copied fields below remain.</summary>
    public Guid? VariantId { get; private set; }

    public Guid? ProductId { get; private set; }
    public string ProductName { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public string Size { get; private set; } = "";
    public string Colour { get; private set; } = "";
    public decimal UnitPrice { get; private set; }
    public int Quantity { get; private set; }

    public decimal LineTotal => UnitPrice * Quantity;
}
