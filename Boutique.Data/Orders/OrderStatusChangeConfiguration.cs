using Boutique.Data.Accounts;
using Boutique.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Orders;

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> builder)
    {
        builder.ToTable("order_status_history", t =>
        {
            t.HasCheckConstraint("ck_order_status_history_from_status", EnumCheck.NullableSql<OrderStatus>("from_status"));
            t.HasCheckConstraint("ck_order_status_history_to_status", EnumCheck.Sql<OrderStatus>("to_status"));
        });
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.FromStatus).HasMaxLength(20);
        builder.Property(h => h.ToStatus).HasMaxLength(20);
        builder.Property(h => h.Note).HasMaxLength(1000);
        builder.HasIndex(h => new { h.OrderId, h.ChangedAt });
        builder.HasOne<User>().WithMany().HasForeignKey(h => h.ChangedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(h => h.ChangedById);
    }
}
