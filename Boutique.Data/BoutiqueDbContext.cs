using Boutique.Data.Accounts;
using Boutique.Data.Cart;
using Boutique.Data.Catalog;
using Boutique.Data.Chat;
using Boutique.Data.Common;
using Boutique.Data.Orders;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Data;

/// <summary>
/// The whole boutique model. Mapping lives in one IEntityTypeConfiguration per entity; the schema itself
/// is created by the SQL files under Migrations/ (a test proves the two agree).
/// </summary>
public sealed class BoutiqueDbContext(DbContextOptions<BoutiqueDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<OneTimeToken> OneTimeTokens => Set<OneTimeToken>();
    public DbSet<OutboxEmail> EmailOutbox => Set<OutboxEmail>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductVariant> ProductVariants => Set<ProductVariant>();
    public DbSet<ProductImage> ProductImages => Set<ProductImage>();
    public DbSet<StoredImage> Images => Set<StoredImage>();
    public DbSet<ShoppingCart> Carts => Set<ShoppingCart>();
    public DbSet<CartLine> CartLines => Set<CartLine>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<OrderStatusChange> OrderStatusHistory => Set<OrderStatusChange>();
    public DbSet<ChatSession> ChatSessions => Set<ChatSession>();
    public DbSet<ChatMessage> ChatMessages => Set<ChatMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(BoutiqueDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is numeric(12,2) everywhere; enums are text guarded by CHECK constraints.
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        configurationBuilder.Conventions.Add(_ => new SnakeCaseNamingConvention());
    }
}
