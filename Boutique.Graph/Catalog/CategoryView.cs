using System.Linq.Expressions;
using Boutique.Data.Catalog;
using Boutique.Graph.Nodes;
using GraphQL;

namespace Boutique.Graph.Catalog;

/// <summary>The GraphQL <c>Category</c>, projected from <see cref="Category"/> (see <see cref="ProductView"/> for why a view).</summary>
[GraphQLName("Category")]
public sealed class CategoryView : INode
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The URL segment of the category page, unique in the shop.</summary>
    public string Slug { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>The URL of the category's picture.</summary>
    public string? Image { get; init; }

    string INode.Id => GlobalId.Format(NodeTypes.Category, Id);

    public static readonly Expression<Func<Category, CategoryView>> FromEntity = c => new CategoryView
    {
        Id = c.Id,
        Name = c.Name,
        Slug = c.Slug,
        Description = c.Description,
        Image = c.ImageUrl,
    };
}
