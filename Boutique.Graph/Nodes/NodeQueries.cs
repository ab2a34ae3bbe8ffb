using Boutique.Data;
using Boutique.Graph.Catalog;
using GraphQL;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Graph.Nodes;

/// <summary>Relay's <c>node(id:)</c> and <c>nodes(ids:)</c>: refetch any object by its global ID.</summary>
[QueryType]
public sealed class NodeQueries
{
    public const string InvalidIdCode = "NODE_ID_INVALID";

    /// <summary>The object with this global ID, or null when there is none (or it is not published).</summary>
    public Task<INode?> GetNode([ID] string id, BoutiqueDbContext db, CancellationToken ct) => LoadAsync(db, id, ct);

    /// <summary>The objects with these global IDs, in the same order; null where there is none.</summary>
    public async Task<INode?[]> GetNodes([ID] string[] ids, BoutiqueDbContext db, CancellationToken ct)
    {
        if (ids.Length > 100) throw new GraphQLException($"\"nodes\" takes at most 100 IDs, but {ids.Length} were given.", "NODES_TOO_MANY");
        var result = new INode?[ids.Length];
        for (var i = 0; i < ids.Length; i++) result[i] = await LoadAsync(db, ids[i], ct);
        return result;
    }

    private static async Task<INode?> LoadAsync(BoutiqueDbContext db, string id, CancellationToken ct)
    {
        if (!GlobalId.TryParse(id, out var type, out var key))
        {
            throw new GraphQLException($"\"{Shorten(id)}\" is not a valid ID.", InvalidIdCode);
        }

        return type switch
        {
            NodeTypes.Product => await ProductSearch.Views(ProductView.Visible(db.Products).Where(p => p.Id == key), null).FirstOrDefaultAsync(ct),
            NodeTypes.Category => await db.Categories.Where(c => c.Id == key).Select(CategoryView.FromEntity).FirstOrDefaultAsync(ct),
            NodeTypes.ProductVariant => await VariantView.Visible(db).FirstOrDefaultAsync(v => v.Id == key, ct),
            _ => null,
        };
    }

    private static string Shorten(string id) => id.Length <= 60 ? id : id[..60] + "…";
}
