using Boutique.Data;
using Boutique.Data.Accounts;
using Boutique.Data.Cart;
using Boutique.Data.Catalog;
using Boutique.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Boutique.Tests.Data;

/// <summary>The database itself refuses bad data, whatever code (or person with psql) writes it.</summary>
public sealed class ConstraintTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AnEmailThatDiffersOnlyInLetterCaseIsRejected()
    {
        await using (var db = database.CreateDbContext())
        {
            db.Users.Add(new User("Jane.Doe@Example.com", "Jane Doe", UserRole.Customer, Now));
            await db.SaveChangesAsync();
        }

        await using var again = database.CreateDbContext();
        again.Users.Add(new User("jane.doe@EXAMPLE.COM", "Another Jane", UserRole.Customer, Now));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
        AssertViolation(error, PostgresErrorCodes.UniqueViolation, "ix_users_email_normalized");
    }

    [Fact]
    public async Task NegativeStockIsRejected()
    {
        var product = await AddProductAsync("negative-stock");
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("UPDATE product_variants SET stock = -1 WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = product.Variants[0].Id });

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal("ck_product_variants_stock", error.ConstraintName);
    }

    [Fact]
    public async Task ADuplicateSkuIsRejected()
    {
        await AddProductAsync("first-sku-owner", sku: "DUP-001");

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => AddProductAsync("second-sku-owner", sku: "DUP-001"));
        AssertViolation(error, PostgresErrorCodes.UniqueViolation, "ix_product_variants_sku");
    }

    [Fact]
    public async Task ACartLineWithZeroQuantityIsRejected()
    {
        var product = await AddProductAsync("zero-quantity");
        var cart = ShoppingCart.ForGuest("guest-zero-quantity", Now);
        await using (var db = database.CreateDbContext())
        {
            db.Carts.Add(cart);
            await db.SaveChangesAsync();
        }

        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO cart_lines (id, cart_id, variant_id, quantity, unit_price, added_at) VALUES (gen_random_uuid(), $1, $2, 0, 10, now())",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = cart.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = product.Variants[0].Id });

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal("ck_cart_lines_quantity", error.ConstraintName);
    }

    [Fact]
    public async Task ACartBelongingToNeitherAUserNorAGuestIsRejected()
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO carts (id, created_at, updated_at) VALUES (gen_random_uuid(), now(), now())", connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal("ck_carts_owner", error.ConstraintName);
    }

    [Fact]
    public async Task AnUnknownEnumValueIsRejected()
    {
        var product = await AddProductAsync("unknown-status");
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("UPDATE products SET status = 'Deleted' WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = product.Id });

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal("ck_products_status", error.ConstraintName);
    }

    [Fact]
    public async Task ProductNamesAndDescriptionsAreFullTextSearchable()
    {
        var product = await AddProductAsync("searchable-gown", description: "Hand-beaded **chiffon** for summer evenings.");
        await using var db = database.CreateDbContext();

        var byDescription = await db.Products
            .Where(p => p.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", "chiffon evening")))
            .Select(p => p.Id)
            .ToListAsync();

        Assert.Contains(product.Id, byDescription);
    }

    private async Task<Product> AddProductAsync(string slug, string? sku = null, string? description = null)
    {
        await using var db = database.CreateDbContext();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Slug == "constraint-tests")
            ?? db.Categories.Add(new Category("Constraint tests", "constraint-tests", null, null, 0)).Entity;
        var product = new Product(category.Id, $"Product {slug}", slug, description, 99.99m, null, null, Now);
        product.AddVariant(sku ?? $"SKU-{slug}", "M", "Black", 3);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    }

    private static void AssertViolation(DbUpdateException error, string sqlState, string constraint)
    {
        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal(sqlState, postgres.SqlState);
        Assert.Equal(constraint, postgres.ConstraintName);
    }
}
