using System.Runtime.CompilerServices;
using Boutique.Data;
using GraphQL;
using GraphQL.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Boutique.Graph.Catalog;

[SubscriptionType]
public sealed class CatalogSubscriptions
{
    /// <summary>The product, freshly read, each time its price or stock changes; null once it is no longer published.</summary>
    [Subscribe(With = nameof(SubscribeToProductChanged))]
    public Task<ProductView?> ProductChanged([ID<ProductView>] Guid id, [Parent] ProductChange change, BoutiqueDbContext db, CancellationToken ct) =>
        ProductSearch.Views(ProductView.Visible(db.Products).Where(p => p.Id == change.ProductId), null).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Subscribes before returning, so an event sent once the client is acknowledged is never missed. The ID
    /// arrives decoded: another type's ID or a malformed one is an <c>INVALID_ID</c> error before this runs.
    /// </summary>
    public async ValueTask<IAsyncEnumerable<ProductChange>> SubscribeToProductChanged([ID<ProductView>] Guid id, ITopicEventReceiver receiver, CancellationToken ct)
    {
        var stream = await receiver.SubscribeAsync<ProductChange>(CatalogTopics.ProductChanged(id), ct);
        return ReadAsync(stream);
    }

    private static async IAsyncEnumerable<ProductChange> ReadAsync(ISourceStream<ProductChange> stream, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using (stream)
        {
            await foreach (var change in stream.ReadEventsAsync().WithCancellation(ct))
            {
                yield return change;
            }
        }
    }
}
