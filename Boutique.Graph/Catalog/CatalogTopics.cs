using GraphQL.Subscriptions;

namespace Boutique.Graph.Catalog;

/// <summary>What is published on the topic bus when a product's price or stock changes.</summary>
public sealed record ProductChange(Guid ProductId);

/// <summary>
/// Topic names of the catalog: <c>ProductChanged:&lt;uuid without dashes&gt;</c>. Whoever changes a
/// product's price or stock (admin mutations, checkout) calls <see cref="PublishProductChangedAsync"/>
/// after committing.
/// </summary>
public static class CatalogTopics
{
    public static string ProductChanged(Guid productId) => "ProductChanged:" + productId.ToString("N");

    public static ValueTask PublishProductChangedAsync(this ITopicEventSender sender, Guid productId, CancellationToken ct = default) =>
        sender.SendAsync(ProductChanged(productId), new ProductChange(productId), ct);
}
