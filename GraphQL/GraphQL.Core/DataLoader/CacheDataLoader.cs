namespace GraphQL.DataLoader;

/// <summary>
/// A loader that fetches one key at a time but never the same key twice in a request (for sources
/// without a batch API); the keys of one batch are fetched concurrently.
/// </summary>
public abstract class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    protected CacheDataLoader(IEqualityComparer<TKey>? keyComparer = null) : base(keyComparer) { }

    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);

    private protected sealed override Task<TValue[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var tasks = new Task<TValue>[keys.Count];
        for (var i = 0; i < tasks.Length; i++) tasks[i] = LoadSingleAsync(keys[i], cancellationToken);
        return Task.WhenAll(tasks);
    }
}
