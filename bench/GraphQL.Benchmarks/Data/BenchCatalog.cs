using GraphQL.Data.Filtering;
using GraphQL.Data.Paging;
using GraphQL.Data.Projection;
using GraphQL.Data.Sorting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphQL.Benchmarks.Data;

public sealed class BenchProduct
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public decimal Price { get; set; }
    public int Stock { get; set; }
}

public sealed class BenchCatalogContext : DbContext
{
    public BenchCatalogContext(DbContextOptions<BenchCatalogContext> options) : base(options) { }

    public DbSet<BenchProduct> Products => Set<BenchProduct>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BenchProduct>().ToTable("bench_products");
        modelBuilder.Entity<BenchProduct>().Property(p => p.Price).HasPrecision(10, 2);
        modelBuilder.Entity<BenchProduct>().HasIndex(p => new { p.Price, p.Id });
    }
}

/// <summary>The one-line resolver the benchmark runs through the executor.</summary>
public sealed class BenchQuery
{
    [UsePaging, UseProjection, UseFiltering, UseSorting]
    public IQueryable<BenchProduct> GetProducts(BenchCatalogContext db) => db.Products;
}

/// <summary>A database of its own on the server of <c>BOUTIQUE_BENCH_PG</c>, with 2,000 products, made once.</summary>
internal static class BenchDatabase
{
    public const string Name = "gql_bench_data";

    public static async Task<string> EnsureAsync(string server)
    {
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{Name}'", connection);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
        await using var db = new BenchCatalogContext(new DbContextOptionsBuilder<BenchCatalogContext>().UseNpgsql(connectionString).Options);
        await db.Database.EnsureCreatedAsync();
        if (!await db.Products.AnyAsync())
        {
            for (var i = 1; i <= 2000; i++)
            {
                db.Products.Add(new BenchProduct
                {
                    Id = i,
                    Name = $"Product {i:0000}",
                    Description = $"Description of product {i:0000}",
                    Price = 5m + (i % 37) * 2.5m,
                    Stock = i % 23,
                });
            }

            await db.SaveChangesAsync();
        }

        return connectionString;
    }
}
