using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Catalog;

internal sealed class StoredImageConfiguration : IEntityTypeConfiguration<StoredImage>
{
    public void Configure(EntityTypeBuilder<StoredImage> builder)
    {
        builder.ToTable("images", t =>
        {
            t.HasCheckConstraint("ck_images_id_is_sha256", "id ~ '^[0-9a-f]{64}$'");
            t.HasCheckConstraint("ck_images_byte_length", "byte_length = octet_length(content)");
        });
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(64).IsFixedLength();
        builder.Property(i => i.ContentType).HasMaxLength(100);
        builder.Ignore(i => i.Url);
    }
}
