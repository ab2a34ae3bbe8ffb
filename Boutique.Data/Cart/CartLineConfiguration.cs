using Boutique.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Cart;

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> builder)
    {
        builder.ToTable("cart_lines", t =>
        {
            t.HasCheckConstraint("ck_cart_lines_quantity", "quantity > 0");
            t.HasCheckConstraint("ck_cart_lines_unit_price", "unit_price >= 0");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasIndex(l => new { l.CartId, l.VariantId }).IsUnique();
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(l => l.VariantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.VariantId);
    }
}
