using Boutique.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Accounts;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users", t =>
        {
            t.HasCheckConstraint("ck_users_role", EnumCheck.Sql<UserRole>("role"));
            t.HasCheckConstraint("ck_users_email_not_blank", "length(btrim(email)) > 0");
        });
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).HasMaxLength(320);
        builder.Property(u => u.EmailNormalized).HasMaxLength(320).HasComputedColumnSql("lower(email)", stored: true);
        builder.HasIndex(u => u.EmailNormalized).IsUnique();
        builder.Property(u => u.PasswordHash);
        builder.Property(u => u.FullName).HasMaxLength(200);
        builder.Property(u => u.Phone).HasMaxLength(40);
        builder.OwnsOne(u => u.DefaultAddress, a => AddressMapping.Configure(a, "default_address"));
        builder.Property(u => u.Role).HasMaxLength(20);
        builder.Property(u => u.Version).IsRowVersion();
        builder.HasIndex(u => u.Role);
    }
}
