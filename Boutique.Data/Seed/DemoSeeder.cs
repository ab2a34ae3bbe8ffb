using Boutique.Data.Accounts;
using Boutique.Data.Catalog;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Data.Seed;

/// <summary>
/// Fills an empty database with the demo shop: four accounts (admin, editor, approver, customer) and a
/// deterministic catalog of 8 categories and 168 products with variants and locally drawn SVG images.
/// Safe to run on every start: accounts are added only when their email is unknown, and the catalog
/// only when there are no categories and no products.
/// </summary>
public sealed class DemoSeeder(TimeProvider? clock = null)
{
    /// <summary>Serialises seeding across API instances starting at the same time.</summary>
    private const long SeedLockKey = 0x626F75745F736564; // "bout_sed"

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<SeedResult> SeedAsync(BoutiqueDbContext db, SeedOptions options, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", ct);

        var users = await SeedUsersAsync(db, options, ct);
        var catalog = options.SeedCatalog && !await db.Categories.AnyAsync(ct) && !await db.Products.AnyAsync(ct)
            ? await SeedCatalogAsync(db, users, ct)
            : (Categories: 0, Products: 0, Variants: 0, Images: 0);

        await transaction.CommitAsync(ct);
        return new SeedResult(users.Added, catalog.Categories, catalog.Products, catalog.Variants, catalog.Images);
    }

    private async Task<SeededUsers> SeedUsersAsync(BoutiqueDbContext db, SeedOptions options, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        var hasher = new PasswordHasher<User>();
        var wanted = DemoUsers.From(options);
        var emails = wanted.Select(u => u.Email.ToLowerInvariant()).ToList();
        var existing = await db.Users.Where(u => emails.Contains(u.EmailNormalized)).ToDictionaryAsync(u => u.EmailNormalized, ct);

        var added = 0;
        var byRole = new Dictionary<UserRole, Guid>();
        foreach (var demo in wanted)
        {
            if (!existing.TryGetValue(demo.Email.ToLowerInvariant(), out var user))
            {
                user = new User(demo.Email, demo.FullName, demo.Role, now);
                user.SetPasswordHash(hasher.HashPassword(user, demo.Password), now);
                user.UpdateProfile(demo.FullName, null, demo.Address, now);
                user.VerifyEmail(now);
                db.Users.Add(user);
                existing[demo.Email.ToLowerInvariant()] = user;
                added++;
            }

            byRole.TryAdd(demo.Role, user.Id);
        }

        await db.SaveChangesAsync(ct);
        return new SeededUsers(added, byRole[UserRole.Editor], byRole[UserRole.Approver]);
    }

    private static async Task<(int Categories, int Products, int Variants, int Images)> SeedCatalogAsync(BoutiqueDbContext db, SeededUsers users, CancellationToken ct)
    {
        var categories = new Dictionary<string, Category>();
        for (var i = 0; i < CatalogBlueprints.All.Length; i++)
        {
            var blueprint = CatalogBlueprints.All[i];
            var cover = new StoredImage(SvgIllustrator.Draw(blueprint.Silhouette, blueprint.Colours[0], blueprint.Name), "image/svg+xml", DemoCatalogEpoch);
            db.Images.Add(cover);
            var category = new Category(blueprint.Name, blueprint.Slug, blueprint.Description, cover.Url, (i + 1) * 10);
            categories[blueprint.Slug] = category;
            db.Categories.Add(category);
        }

        var images = new Dictionary<string, StoredImage>();
        var products = DemoCatalog.Products();
        var variantCount = 0;
        foreach (var spec in products)
        {
            var product = new Product(categories[spec.Category.Slug].Id, spec.Name, spec.Slug, spec.Description,
                spec.Price, spec.CompareAtPrice, users.EditorId, spec.CreatedAt);
            product.SetFeatured(spec.Featured, spec.CreatedAt);
            foreach (var variant in spec.Variants)
            {
                product.AddVariant(variant.Sku, variant.Size, variant.Colour.Name, variant.Stock);
                variantCount++;
            }

            foreach (var colour in spec.Colours)
            {
                var image = new StoredImage(SvgIllustrator.Draw(spec.Category.Silhouette, colour, spec.Name), "image/svg+xml", spec.CreatedAt);
                images.TryAdd(image.Id, image);
                product.AddImage(image.Url, $"{spec.Name} in {colour.Name}", SvgIllustrator.Width, SvgIllustrator.Height);
            }

            if (spec.Status is ProductStatus.PendingApproval or ProductStatus.Published)
            {
                product.SubmitForApproval(spec.CreatedAt);
            }

            if (spec.Status == ProductStatus.Published)
            {
                product.Approve(users.ApproverId, spec.CreatedAt.AddDays(1));
            }

            db.Products.Add(product);
        }

        db.Images.AddRange(images.Values);
        await db.SaveChangesAsync(ct);
        return (categories.Count, products.Count, variantCount, images.Count + categories.Count);
    }

    private static readonly DateTimeOffset DemoCatalogEpoch = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private sealed record SeededUsers(int Added, Guid EditorId, Guid ApproverId);
}
