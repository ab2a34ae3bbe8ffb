namespace Boutique.Data.Orders;

public enum PaymentStatus
{
    Pending,
    Paid,
    Failed,
    Refunded,
}
