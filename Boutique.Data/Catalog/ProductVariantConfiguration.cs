using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Catalog;

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.ToTable("product_variants", t =>
        {
            t.HasCheckConstraint("ck_product_variants_stock", "stock >= 0");
            t.HasCheckConstraint("ck_product_variants_price_override", "price_override IS NULL OR price_override >= 0");
        });
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Sku).HasMaxLength(64);
        builder.HasIndex(v => v.Sku).IsUnique();
        builder.Property(v => v.Size).HasMaxLength(20);
        builder.Property(v => v.Colour).HasMaxLength(40);
        builder.Property(v => v.Version).IsRowVersion();
        builder.HasIndex(v => new { v.ProductId, v.Size, v.Colour }).IsUnique();
    }
}
