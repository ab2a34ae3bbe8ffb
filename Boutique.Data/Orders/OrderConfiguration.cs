using Boutique.Data.Accounts;
using Boutique.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    internal const string NumberSequence = "order_number_seq";

    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Metadata.Model.AddSequence(NumberSequence);

        builder.ToTable("orders", t =>
        {
            t.HasCheckConstraint("ck_orders_status", EnumCheck.Sql<OrderStatus>("status"));
            t.HasCheckConstraint("ck_orders_payment_status", EnumCheck.Sql<PaymentStatus>("payment_status"));
            t.HasCheckConstraint("ck_orders_amounts", "subtotal >= 0 AND shipping >= 0");
            t.HasCheckConstraint("ck_orders_total", "total = subtotal + shipping");
            t.HasCheckConstraint("ck_orders_currency", "currency ~ '^[A-Z]{3}$'");
        });
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Number).HasDefaultValueSql($"nextval('{NumberSequence}')");
        builder.HasIndex(o => o.Number).IsUnique();
        // lpad to six digits but never truncate: order one million is FZB-1000000, not FZB-100000.
        builder.Property(o => o.OrderNumber).HasMaxLength(32)
            .HasComputedColumnSql("'FZB-' || lpad(number::text, greatest(6, length(number::text)), '0')", stored: true);
        builder.HasIndex(o => o.OrderNumber).IsUnique();
        builder.Property(o => o.Email).HasMaxLength(320);
        builder.OwnsOne(o => o.ShippingAddress, a => AddressMapping.Configure(a, "shipping"));
        builder.Navigation(o => o.ShippingAddress).IsRequired();
        builder.Property(o => o.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(o => o.Status).HasMaxLength(20);
        builder.Property(o => o.PaymentStatus).HasMaxLength(20);
        builder.Property(o => o.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(o => o.IdempotencyKey).IsUnique();
        builder.Property(o => o.Version).IsRowVersion();

        builder.HasOne<User>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.UserId, o.CreatedAt });
        builder.HasIndex(o => o.Status);
        builder.HasIndex(o => o.CreatedAt);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
