using Boutique.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Chat;

internal sealed class ChatSessionConfiguration : IEntityTypeConfiguration<ChatSession>
{
    public void Configure(EntityTypeBuilder<ChatSession> builder)
    {
        builder.ToTable("chat_sessions", t =>
            t.HasCheckConstraint("ck_chat_sessions_owner", "num_nonnulls(user_id, guest_token) = 1"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.GuestToken).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.UserId, s.UpdatedAt });
        builder.HasIndex(s => s.GuestToken);
        builder.HasMany(s => s.Messages).WithOne().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Messages).HasField("_messages").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
