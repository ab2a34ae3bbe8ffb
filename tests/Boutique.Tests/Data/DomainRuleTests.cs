using Boutique.Data.Cart;
using Boutique.Data.Catalog;
using Boutique.Data.Common;
using Boutique.Data.Orders;

namespace Boutique.Tests.Data;

public sealed class DomainRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RemovingMoreStockThanThereIsThrowsAndLeavesStockUnchanged()
    {
        var variant = NewProduct().AddVariant("SKU-1", "M", "Black", stock: 2);

        var error = Assert.Throws<OutOfStockException>(() => variant.RemoveStock(3));

        Assert.Equal(2, variant.Stock);
        Assert.Equal(2, error.Available);
        Assert.Equal("Only 2 of SKU-1 left; 3 were requested.", error.Message);
    }

    [Fact]
    public void RemovingExactlyTheRemainingStockSellsOut()
    {
        var variant = NewProduct().AddVariant("SKU-1", "M", "Black", stock: 2);

        variant.RemoveStock(2);

        Assert.Equal(0, variant.Stock);
        Assert.False(variant.IsInStock);
    }

    [Fact]
    public void AnOrderMovesThroughItsLifecycleAndRecordsEachStep()
    {
        var order = NewOrder();

        order.ChangeStatus(OrderStatus.Paid, null, "card captured", Now);
        order.ChangeStatus(OrderStatus.Processing, null, null, Now);
        order.ChangeStatus(OrderStatus.Shipped, null, "tracking 123", Now);

        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(PaymentStatus.Paid, order.PaymentStatus);
        Assert.Equal(
            [(null, OrderStatus.Pending), (OrderStatus.Pending, OrderStatus.Paid), (OrderStatus.Paid, OrderStatus.Processing), (OrderStatus.Processing, OrderStatus.Shipped)],
            order.History.Select(h => (h.FromStatus, h.ToStatus)).ToList());
    }

    [Theory]
    [InlineData(OrderStatus.Shipped)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Pending)]
    public void AnIllegalStatusChangeIsRefusedAndNotRecorded(OrderStatus to)
    {
        var order = NewOrder();

        Assert.Throws<DomainException>(() => order.ChangeStatus(to, null, null, Now));

        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Single(order.History);
    }

    [Fact]
    public void CancellingAPaidOrderRefundsIt()
    {
        var order = NewOrder();
        order.ChangeStatus(OrderStatus.Paid, null, null, Now);

        order.Cancel(null, "customer asked", Now);

        Assert.Equal(PaymentStatus.Refunded, order.PaymentStatus);
    }

    [Fact]
    public void OrderTotalIsSubtotalPlusShipping()
    {
        var order = NewOrder();
        order.AddLine(null, null, "Gown", "SKU-1", "M", "Black", 100m, 2);
        order.AddLine(null, null, "Scarf", "SKU-2", "One Size", "Gold", 25.50m, 1);

        Assert.Equal(225.50m, order.Subtotal);
        Assert.Equal(230.45m, order.Total);
    }

    [Fact]
    public void AddingTheSameVariantToACartTwiceAddsUpTheQuantity()
    {
        var cart = ShoppingCart.ForGuest("guest", Now);
        var variantId = Guid.NewGuid();

        cart.Add(variantId, 1, 10m, Now);
        cart.Add(variantId, 2, 10m, Now);

        Assert.Equal(3, Assert.Single(cart.Lines).Quantity);
        Assert.Throws<DomainException>(() => cart.Add(variantId, 0, 10m, Now));
    }

    [Fact]
    public void AProductIsPublishedOnlyThroughApproval()
    {
        var product = NewProduct();

        Assert.Throws<DomainException>(() => product.Approve(Guid.NewGuid(), Now));
        product.SubmitForApproval(Now);
        product.Approve(Guid.NewGuid(), Now);

        Assert.Equal(ProductStatus.Published, product.Status);
        Assert.Equal(Now, product.PublishedAt);
    }

    private static Product NewProduct() => new(Guid.NewGuid(), "Test Gown", "test-gown", null, 100m, null, null, Now);

    private static Order NewOrder() => new(null, "guest@example.com", new Address
    {
        Recipient = "Guest",
        Line1 = "1 High Street",
        City = "York",
        PostalCode = "YO1 1AA",
        Country = "GB",
    }, 4.95m, "GBP", Guid.NewGuid().ToString(), Now);
}
