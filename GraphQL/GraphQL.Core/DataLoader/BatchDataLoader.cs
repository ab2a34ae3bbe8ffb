namespace GraphQL.DataLoader;

/// <summary>A loader whose fetch returns a value per key (a key missing from the result loads as default).</summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    protected BatchDataLoader(IEqualityComparer<TKey>? keyComparer = null) : base(keyComparer) { }

    /// <summary>Fetches every key of the batch at once (one database query for N sibling fields).</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<TValue[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var map = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue[keys.Count];
        for (var i = 0; i < values.Length; i++) values[i] = map.TryGetValue(keys[i], out var v) ? v : default!;
        return values;
    }
}

/// <summary>A batch loader given as a delegate, for ad-hoc loaders created in a resolver.</summary>
internal sealed class FuncBatchDataLoader<TKey, TValue> : BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;

    public FuncBatchDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch) => _fetch = fetch;

    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _fetch(keys, cancellationToken);
}
