using Boutique.Data.Common;

namespace Boutique.Data.Cart;

/// <summary>One cart per signed-in user or per guest token (exactly one of the two is set).</summary>
public sealed class ShoppingCart
{
    private readonly List<CartLine> _lines = [];

    private ShoppingCart()
    {
    }

    private ShoppingCart(Guid? userId, string? guestToken, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        GuestToken = guestToken;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid? UserId { get; private set; }
    public string? GuestToken { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<CartLine> Lines => _lines;

    public decimal Subtotal => _lines.Sum(l => l.LineTotal);

    public static ShoppingCart ForUser(Guid userId, DateTimeOffset now) => new(userId, null, now);

    public static ShoppingCart ForGuest(string guestToken, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(guestToken))
        {
            throw new DomainException("A guest cart needs a guest token.");
        }

        return new ShoppingCart(null, guestToken, now);
    }

    /// <summary>Adds to the line for this variant, or starts one at the price the shopper sees now.</summary>
    public CartLine Add(Guid variantId, int quantity, decimal unitPrice, DateTimeOffset now)
    {
        if (quantity <= 0)
        {
            throw new DomainException("The quantity must be at least 1.");
        }

        var line = _lines.FirstOrDefault(l => l.VariantId == variantId);
        if (line is null)
        {
            line = new CartLine(Id, variantId, quantity, unitPrice, now);
            _lines.Add(line);
        }
        else
        {
            line.SetQuantity(line.Quantity + quantity);
        }

        UpdatedAt = now;
        return line;
    }

    /// <summary>Sets a line's quantity; zero removes the line.</summary>
    public void SetQuantity(Guid variantId, int quantity, DateTimeOffset now)
    {
        var line = _lines.FirstOrDefault(l => l.VariantId == variantId)
            ?? throw new DomainException("That item is not in the cart.");
        if (quantity == 0)
        {
            _lines.Remove(line);
        }
        else
        {
            line.SetQuantity(quantity);
        }

        UpdatedAt = now;
    }

    public void Remove(Guid variantId, DateTimeOffset now)
    {
        _lines.RemoveAll(l => l.VariantId == variantId);
        UpdatedAt = now;
    }

    public void Clear(DateTimeOffset now)
    {
        _lines.Clear();
        UpdatedAt = now;
    }

    /// <summary>Moves a guest cart's lines into this (the user's) cart at login; quantities add up.</summary>
    public void MergeFrom(ShoppingCart guestCart, DateTimeOffset now)
    {
        foreach (var line in guestCart.Lines)
        {
            Add(line.VariantId, line.Quantity, line.UnitPrice, now);
        }

        guestCart.Clear(now);
    }
}
