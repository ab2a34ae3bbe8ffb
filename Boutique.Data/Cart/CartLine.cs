using Boutique.Data.Common;

namespace Boutique.Data.Cart;

public sealed class CartLine
{
    private CartLine()
    {
    }

    internal CartLine(Guid cartId, Guid variantId, int quantity, decimal unitPrice, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CartId = cartId;
        VariantId = variantId;
        UnitPrice = unitPrice;
        AddedAt = now;
        SetQuantity(quantity);
    }

    public Guid Id { get; private set; }
    public Guid CartId { get; private set; }
    public Guid VariantId { get; private set; }
    public int Quantity { get; private set; }

    /// <summary>The price the shopper saw when adding; checkout re-prices and tells them if it changed.</summary>
    public decimal UnitPrice { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public decimal LineTotal => UnitPrice * Quantity;

    internal void SetQuantity(int quantity)
    {
        if (quantity <= 0)
        {
            throw new DomainException("The quantity must be at least 1.");
        }

        Quantity = quantity;
    }
}
