using Boutique.Data.Common;
using Boutique.Data.Orders;
using Boutique.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Boutique.Tests.Data;

public sealed class OrderPersistenceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OrdersAreNumberedFromTheSequenceAsFzbAndSixDigits()
    {
        var first = await SaveOrderAsync();
        var second = await SaveOrderAsync();

        Assert.Matches("^FZB-[0-9]{6}$", first.OrderNumber);
        Assert.Equal($"FZB-{first.Number:D6}", first.OrderNumber);
        Assert.Equal(first.Number + 1, second.Number);
    }

    [Fact]
    public async Task AnOrderRoundTripsWithItsLinesAddressAndHistory()
    {
        var saved = await SaveOrderAsync();

        await using var db = database.CreateDbContext();
        var loaded = await db.Orders.Include(o => o.Lines).Include(o => o.History).SingleAsync(o => o.Id == saved.Id);

        Assert.Equal("Bath", loaded.ShippingAddress.City);
        Assert.Equal(2, loaded.Lines.Count);
        Assert.Equal(OrderStatus.Paid, loaded.Status);
        Assert.Equal(2, loaded.History.Count);
        Assert.Equal(loaded.Subtotal + loaded.Shipping, loaded.Total);
    }

    [Fact]
    public async Task ATotalThatIsNotSubtotalPlusShippingIsRejected()
    {
        var saved = await SaveOrderAsync();
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("UPDATE orders SET total = total + 1 WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = saved.Id });

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal("ck_orders_total", error.ConstraintName);
    }

    [Fact]
    public async Task TheSameIdempotencyKeyCannotCreateASecondOrder()
    {
        var key = Guid.NewGuid().ToString();
        await SaveOrderAsync(key);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => SaveOrderAsync(key));
        Assert.Equal("ix_orders_idempotency_key", Assert.IsType<PostgresException>(error.InnerException).ConstraintName);
    }

    private async Task<Order> SaveOrderAsync(string? idempotencyKey = null)
    {
        var order = new Order(null, "guest@example.com", new Address
        {
            Recipient = "Hannah Reid",
            Line1 = "14 Orchard Lane",
            City = "Bath",
            PostalCode = "BA1 1AA",
            Country = "GB",
        }, 4.95m, "GBP", idempotencyKey ?? Guid.NewGuid().ToString(), Now);
        order.AddLine(null, null, "Aurora Satin Gown", "EVE-001-NAV-M", "M", "Midnight Navy", 189.99m, 1);
        order.AddLine(null, null, "Noor Silk Scarf", "ACC-004-GLD-OS", "One Size", "Gold", 39.99m, 2);
        order.ChangeStatus(OrderStatus.Paid, null, "card captured", Now);

        await using var db = database.CreateDbContext();
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }
}
