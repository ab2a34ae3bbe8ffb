using Boutique.Storefront.GraphQL;
using Microsoft.Extensions.Caching.Memory;

namespace Boutique.Storefront.Catalog;

/// <summary>
/// The categories of the navigation bar, which every page shows: cached for a minute so a page costs one
/// API call, and empty (not an exception) while the API is down, so the 503 page can still render the layout.
/// </summary>
public sealed class CategoryNavigation(IServiceScopeFactory scopes, IMemoryCache cache, ILogger<CategoryNavigation> logger)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly object Key = new();

    public async Task<IReadOnlyList<ICategories_Categories>> LoadAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key, out IReadOnlyList<ICategories_Categories>? cached) && cached is not null)
        {
            return cached;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var client = scope.ServiceProvider.GetRequiredService<IBoutiqueClient>();
            var categories = (await client.Categories.ExecuteAsync(cancellationToken).DataOrThrow()).Categories;
            return cache.Set(Key, categories, Lifetime);
        }
        catch (Exception e) when (ApiUnavailable.Is(e))
        {
            logger.LogWarning("The navigation has no categories: the API cannot be reached ({Message}).", e.Message);
            return [];
        }
    }
}
