namespace GraphQL.DataLoader;

/// <summary>A per-request batching and caching loader (the DataLoader pattern); see <see cref="DataLoaderBase{TKey, TValue}"/>.</summary>
public interface IDataLoader
{
    /// <summary>Empties the loader's cache (for example after a mutation changed the data).</summary>
    void Clear();
}

/// <summary>Loads values by key; loads requested while the executor still has work are fetched in one batch.</summary>
public interface IDataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// The values of <paramref name="keys"/>, in the same order. A <see cref="ValueTask{TResult}"/> (await it
    /// once): a call whose keys are all loaded completes at once, and a pending one waits on its batch
    /// without a task per key.
    /// </summary>
    ValueTask<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Puts a value in the cache so that loading <paramref name="key"/> needs no fetch.</summary>
    void Set(TKey key, TValue value);
}

/// <summary>
/// The DataLoaders of one execution: each loader type is created once per request (with its
/// constructor's services from DI) so its cache never outlives the request.
/// </summary>
public interface IDataLoaderScope
{
    /// <summary>The request's instance of <typeparamref name="T"/> (a type or a service type registered with <c>AddDataLoader</c>).</summary>
    T GetDataLoader<T>() where T : class, IDataLoader;

    /// <summary>The request's instance of <paramref name="dataLoaderType"/> (for injectors that only know the type).</summary>
    IDataLoader GetDataLoader(Type dataLoaderType);

    /// <summary>The request's loader named <paramref name="key"/>, created by <paramref name="create"/> the first time.</summary>
    T GetOrRegister<T>(string key, Func<T> create) where T : class, IDataLoader;
}
