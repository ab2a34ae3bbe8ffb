using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Accounts;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("email_outbox", t => t.HasCheckConstraint("ck_email_outbox_attempts", "attempts >= 0"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.To).HasColumnName("to_address").HasMaxLength(320);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.Attempts).HasDefaultValue(0);
        // The sender loop only ever looks at unsent mail, oldest first.
        builder.HasIndex(e => e.CreatedAt).HasDatabaseName("ix_email_outbox_unsent").HasFilter("sent_at IS NULL");
    }
}
