namespace GraphQL.DataLoader;

/// <summary>A loader for one-to-many relations: each key loads the (possibly empty) array of its values.</summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupedDataLoader(IEqualityComparer<TKey>? keyComparer = null) : base(keyComparer) { }

    /// <summary>
    /// Fetches the values of every key of the batch at once, grouped by key. Return a <see cref="ValueGroups{TKey,TValue}"/>
    /// filled as the rows arrive: its groups are handed out without a copy (any other lookup's are copied into arrays).
    /// </summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<TValue[][]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var lookup = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue[keys.Count][];
        if (lookup is ValueGroups<TKey, TValue> groups)
        {
            for (var i = 0; i < values.Length; i++) values[i] = groups.Get(keys[i]);
        }
        else
        {
            for (var i = 0; i < values.Length; i++) values[i] = lookup.Contains(keys[i]) ? lookup[keys[i]].ToArray() : Array.Empty<TValue>();
        }

        return values;
    }
}
