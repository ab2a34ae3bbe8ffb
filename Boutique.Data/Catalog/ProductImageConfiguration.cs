using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Catalog;

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> builder)
    {
        builder.ToTable("product_images", t =>
        {
            t.HasCheckConstraint("ck_product_images_size", "width > 0 AND height > 0");
            t.HasCheckConstraint("ck_product_images_sort_order", "sort_order >= 0");
        });
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Url).HasMaxLength(500);
        builder.Property(i => i.AltText).HasMaxLength(300);
        builder.HasIndex(i => new { i.ProductId, i.SortOrder });
    }
}
