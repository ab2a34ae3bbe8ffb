namespace Boutique.Data.Orders;

/// <summary>One step in an order's life: from (null for the first), to, who, when and why.</summary>
public sealed class OrderStatusChange
{
    private OrderStatusChange()
    {
    }

    internal OrderStatusChange(Guid orderId, OrderStatus? from, OrderStatus to, string? note, Guid? byUserId, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        FromStatus = from;
        ToStatus = to;
        Note = note;
        ChangedById = byUserId;
        ChangedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public OrderStatus? FromStatus { get; private set; }
    public OrderStatus ToStatus { get; private set; }
    public string? Note { get; private set; }
    public Guid? ChangedById { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
}
