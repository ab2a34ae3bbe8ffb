using Boutique.Data;
using Boutique.Data.Accounts;
using Boutique.Data.Catalog;
using Boutique.Data.Seed;
using Boutique.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Tests.Data;

/// <summary>Seeds one database for the whole class (seeding takes a few seconds); tests only read it.</summary>
public sealed class DemoSeederTests(DemoSeederTests.SeededDatabase seeded) : IClassFixture<DemoSeederTests.SeededDatabase>
{
    [Fact]
    public void FirstRunAddsTheFourAccountsAndTheWholeCatalog()
    {
        Assert.Equal(4, seeded.FirstRun.Users);
        Assert.Equal(8, seeded.FirstRun.Categories);
        Assert.True(seeded.FirstRun.Products >= 150, $"only {seeded.FirstRun.Products} products");
        Assert.True(seeded.FirstRun.Variants > seeded.FirstRun.Products);
        Assert.True(seeded.FirstRun.Images >= seeded.FirstRun.Products);
    }

    [Fact]
    public void SecondRunAddsNothing()
    {
        Assert.True(seeded.SecondRun.AddedNothing, seeded.SecondRun.ToString());
    }

    [Fact]
    public async Task TheCatalogHasEightCategoriesAndAtLeast150PublishedProductsPlusDraftsAndPending()
    {
        await using var db = seeded.Database.CreateDbContext();
        var byStatus = await db.Products.GroupBy(p => p.Status).ToDictionaryAsync(g => g.Key, g => g.Count());

        Assert.Equal(
            ["accessories", "bags", "bridal", "casual", "evening-dresses", "formal", "kurtis", "shoes"],
            (await db.Categories.Select(c => c.Slug).ToListAsync()).Order());
        Assert.True(byStatus[ProductStatus.Published] >= 150);
        Assert.True(byStatus[ProductStatus.Draft] > 0);
        Assert.True(byStatus[ProductStatus.PendingApproval] > 0);
        Assert.InRange(await db.Products.CountAsync(p => p.IsFeatured), 10, 14);
        Assert.True(await db.Products.CountAsync(p => p.CompareAtPrice > p.Price) > 10, "some products should be on sale");
        Assert.True(await db.Products.CountAsync(p => p.Variants.All(v => v.Stock == 0)) > 0, "some products should be sold out");
        Assert.Equal(4, await db.Users.CountAsync());
    }

    [Fact]
    public async Task EveryProductImageUrlPointsAtAStoredSvg()
    {
        await using var db = seeded.Database.CreateDbContext();
        var urls = await db.ProductImages.Select(i => i.Url).Distinct().ToListAsync();
        var stored = (await db.Images.Select(i => new { i.Id, i.ContentType }).ToListAsync())
            .Select(i => $"/images/{i.Id}.svg").ToHashSet();

        Assert.All(urls, url => Assert.Contains(url, stored));
        var sample = await db.Images.FirstAsync();
        Assert.Equal(StoredImage.HashOf(sample.Content), sample.Id);
        Assert.StartsWith("<svg", System.Text.Encoding.UTF8.GetString(sample.Content));
    }

    [Fact]
    public async Task AccountsHaveTheirRolesAndTheConfiguredPasswords()
    {
        await using var db = seeded.Database.CreateDbContext();
        var admin = await db.Users.SingleAsync(u => u.EmailNormalized == "admin@boutique.local");

        Assert.Equal(UserRole.Admin, admin.Role);
        Assert.Equal(
            PasswordVerificationResult.Success,
            new PasswordHasher<User>().VerifyHashedPassword(admin, admin.PasswordHash!, "Admin!2345"));
        Assert.Equal(
            [UserRole.Customer, UserRole.Editor, UserRole.Approver, UserRole.Admin],
            (await db.Users.Select(u => u.Role).ToListAsync()).Order());
    }

    [Fact]
    public async Task TheCatalogIsTheSameOnEveryRun()
    {
        await using var other = await PostgresDatabase.CreateAsync();
        await using (var db = other.CreateDbContext())
        {
            await new DemoSeeder().SeedAsync(db, new SeedOptions(), CancellationToken.None);
        }

        Assert.Equal(await CatalogFingerprintAsync(seeded.Database), await CatalogFingerprintAsync(other));
    }

    [Fact]
    public async Task AccountsAreAddedButTheCatalogIsLeftAloneWhenItIsNotEmpty()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        db.Categories.Add(new Category("Existing", "existing", null, null, 0));
        await db.SaveChangesAsync();

        var first = await new DemoSeeder().SeedAsync(db, new SeedOptions(), CancellationToken.None);
        var withNewAdmin = await new DemoSeeder().SeedAsync(db, new SeedOptions { AdminEmail = "Second.Admin@boutique.local" }, CancellationToken.None);
        var sameEmailOtherCase = await new DemoSeeder().SeedAsync(db, new SeedOptions { AdminEmail = "SECOND.ADMIN@BOUTIQUE.LOCAL" }, CancellationToken.None);

        Assert.Equal(new SeedResult(4, 0, 0, 0, 0), first);
        Assert.Equal(new SeedResult(1, 0, 0, 0, 0), withNewAdmin);
        Assert.True(sameEmailOtherCase.AddedNothing);
        Assert.Equal(1, await db.Categories.CountAsync());
    }

    private static async Task<List<string>> CatalogFingerprintAsync(PostgresDatabase database)
    {
        await using var db = database.CreateDbContext();
        var products = await db.Products.Include(p => p.Variants).Include(p => p.Images).OrderBy(p => p.Slug).ToListAsync();
        return products.Select(p => string.Join("|",
                p.Slug, p.Name, p.Price, p.CompareAtPrice, p.Status, p.IsFeatured, p.Description, p.CreatedAt,
                string.Join(",", p.Variants.OrderBy(v => v.Sku).Select(v => $"{v.Sku}:{v.Stock}")),
                string.Join(",", p.Images.OrderBy(i => i.SortOrder).Select(i => i.Url))))
            .ToList();
    }

    public sealed class SeededDatabase : IAsyncLifetime
    {
        public PostgresDatabase Database { get; } = new();
        public SeedResult FirstRun { get; private set; } = null!;
        public SeedResult SecondRun { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            FirstRun = await SeedAsync();
            SecondRun = await SeedAsync();
        }

        public Task DisposeAsync() => Database.DisposeAsync();

        private async Task<SeedResult> SeedAsync()
        {
            await using BoutiqueDbContext db = Database.CreateDbContext();
            return await new DemoSeeder().SeedAsync(db, new SeedOptions(), CancellationToken.None);
        }
    }
}
