using Microsoft.EntityFrameworkCore;

namespace GraphQL.Tests.Data;

public enum ProductStatus
{
    Draft,
    Active,
    Discontinued,
}

public sealed class Brand
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public List<Product> Products { get; set; } = new();
}

public sealed class Product
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public decimal Price { get; set; }
    public int Stock { get; set; }
    public bool IsFeatured { get; set; }
    public ProductStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateOnly ReleasedOn { get; set; }
    public Guid Sku { get; set; }
    public int BrandId { get; set; }
    public Brand Brand { get; set; } = null!;
    public List<Variant> Variants { get; set; } = new();
}

public sealed class Variant
{
    public int Id { get; set; }
    public string Size { get; set; } = "";
    public int Stock { get; set; }
    public int ProductId { get; set; }
}

public sealed class CatalogDbContext : DbContext
{
    public CatalogDbContext(DbContextOptions<CatalogDbContext> options) : base(options) { }

    public DbSet<Brand> Brands => Set<Brand>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Variant> Variants => Set<Variant>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Brand>().HasMany(b => b.Products).WithOne(p => p.Brand).HasForeignKey(p => p.BrandId);
        modelBuilder.Entity<Product>().HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.ProductId);
        modelBuilder.Entity<Product>().Property(p => p.Price).HasPrecision(10, 2);
    }
}

/// <summary>The deterministic catalog: 5 brands, 60 products (prices repeat, so ties need the key), 1-3 variants each.</summary>
public static class CatalogSeed
{
    public static readonly string[] BrandNames = { "Acme", "Bolt", "Cobalt", "Dune", "Echo" };

    public static Product[] Products { get; } = CreateProducts();

    private static Product[] CreateProducts()
    {
        var products = new Product[60];
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < products.Length; i++)
        {
            var n = i + 1;
            products[i] = new Product
            {
                Id = n,
                Name = $"Product {n:00}",
                Description = n % 4 == 0 ? null : $"Description of product {n:00}",
                Price = 10m + (n % 7) * 5m + 0.99m,
                Stock = (n * 13) % 20,
                IsFeatured = n % 5 == 0,
                Status = (ProductStatus)(n % 3),
                CreatedAt = start.AddHours(n * 7),
                ReleasedOn = new DateOnly(2024, 1, 1).AddDays(n * 3),
                Sku = new Guid(n, 0, 0, new byte[8]),
                BrandId = (n % 5) + 1,
                Variants = Enumerable.Range(1, (n % 3) + 1).Select(v => new Variant { Id = n * 10 + v, Size = new[] { "S", "M", "L" }[v - 1], Stock = (n + v) % 4 }).ToList(),
            };
        }

        return products;
    }

    public static async Task SeedAsync(CatalogDbContext db)
    {
        await db.Database.EnsureCreatedAsync();
        for (var i = 0; i < BrandNames.Length; i++)
        {
            db.Brands.Add(new Brand { Id = i + 1, Name = BrandNames[i], Slug = BrandNames[i].ToLowerInvariant() });
        }

        foreach (var p in CreateProducts()) db.Products.Add(p);
        await db.SaveChangesAsync();
    }
}
