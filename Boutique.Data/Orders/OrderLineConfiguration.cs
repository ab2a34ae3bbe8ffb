using Boutique.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Orders;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines", t =>
        {
            t.HasCheckConstraint("ck_order_lines_quantity", "quantity > 0");
            t.HasCheckConstraint("ck_order_lines_unit_price", "unit_price >= 0");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.ProductName).HasMaxLength(200);
        builder.Property(l => l.Sku).HasMaxLength(64);
        builder.Property(l => l.Size).HasMaxLength(20);
        builder.Property(l => l.Colour).HasMaxLength(40);
        builder.Ignore(l => l.LineTotal);
        builder.HasIndex(l => l.OrderId);
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(l => l.VariantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => l.VariantId);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => l.ProductId);
    }
}
