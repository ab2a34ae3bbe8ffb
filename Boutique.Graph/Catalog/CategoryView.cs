using System.Linq.Expressions;
using Boutique.Data;
using Boutique.Data.Catalog;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Graph.Catalog;

/// <summary>The GraphQL <c>Category</c>, projected from <see cref="Category"/> (see <see cref="ProductView"/> for why a view).</summary>
[GraphQLName("Category")]
[Node]
public sealed class CategoryView
{
    /// <summary>The category's global ID, for <c>node(id:)</c> and <c>id</c> filters.</summary>
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The URL segment of the category page, unique in the shop.</summary>
    public string Slug { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>The URL of the category's picture.</summary>
    public string? Image { get; init; }

    public static readonly Expression<Func<Category, CategoryView>> FromEntity = c => new CategoryView
    {
        Id = c.Id,
        Name = c.Name,
        Slug = c.Slug,
        Description = c.Description,
        Image = c.ImageUrl,
    };

    /// <summary><c>node(id:)</c> and <c>nodes(ids:)</c> for category IDs, in one query.</summary>
    [NodeResolver]
    public static Task<Dictionary<Guid, CategoryView>> GetManyAsync(IReadOnlyList<Guid> ids, BoutiqueDbContext db, CancellationToken ct) =>
        db.Categories.Where(c => ids.Contains(c.Id)).Select(FromEntity).ToDictionaryAsync(c => c.Id, ct);
}
