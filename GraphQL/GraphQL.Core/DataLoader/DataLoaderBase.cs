namespace GraphQL.DataLoader;

/// <summary>
/// The DataLoader pattern for one request: <see cref="LoadAsync(TKey, CancellationToken)"/> returns the cached
/// task for a key, or adds the key to the current batch; the executor fetches the batch when it has
/// no other work (so N sibling fields cost one fetch). Derive from <see cref="BatchDataLoader{TKey, TValue}"/>,
/// <see cref="GroupedDataLoader{TKey, TValue}"/> or <see cref="CacheDataLoader{TKey, TValue}"/>.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>, ISchedulableDataLoader
    where TKey : notnull
{
    private readonly object _sync = new();
    private readonly Dictionary<TKey, Task<TValue>> _cache;
    private Batch? _batch;

    protected DataLoaderBase(IEqualityComparer<TKey>? keyComparer = null)
    {
        _cache = new Dictionary<TKey, Task<TValue>>(keyComparer);
    }

    /// <summary>Set by the request's <see cref="IDataLoaderScope"/>; loaders created elsewhere fetch on their own.</summary>
    BatchScheduler? ISchedulableDataLoader.Scheduler { get; set; }

    private BatchScheduler? Scheduler => ((ISchedulableDataLoader)this).Scheduler;

    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        Batch? scheduled = null;
        Task<TValue> task;
        lock (_sync)
        {
            if (_cache.TryGetValue(key, out var cached)) return cached;
            var batch = _batch;
            if (batch is null) scheduled = batch = _batch = new Batch(this);
            task = batch.Add(key);
            _cache.Add(key, task);
        }

        if (scheduled is not null)
        {
            if (Scheduler is { } scheduler) scheduler.Schedule(scheduled);
            else BatchScheduler.DispatchStandalone(scheduled);
        }

        return task;
    }

    public async Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        var tasks = new Task<TValue>[keys.Count];
        var i = 0;
        foreach (var key in keys) tasks[i++] = LoadAsync(key, cancellationToken);
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    public void Set(TKey key, TValue value)
    {
        lock (_sync) _cache.TryAdd(key, Task.FromResult(value));
    }

    public void Clear()
    {
        lock (_sync) _cache.Clear();
    }

    /// <summary>Fetches the values of <paramref name="keys"/>, in the same order.</summary>
    private protected abstract Task<TValue[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private sealed class Batch : IDataLoaderBatch
    {
        private readonly DataLoaderBase<TKey, TValue> _owner;
        private readonly List<TKey> _keys = new();

        // Continuations run inline when the executor completes the batch on its own thread (see IDataLoaderBatch).
        private readonly List<TaskCompletionSource<TValue>> _promises = new();

        public Batch(DataLoaderBase<TKey, TValue> owner) => _owner = owner;

        public Task<TValue> Add(TKey key)
        {
            var promise = new TaskCompletionSource<TValue>();
            _keys.Add(key);
            _promises.Add(promise);
            return promise.Task;
        }

        public async Task<Action> FetchAsync(CancellationToken cancellationToken)
        {
            lock (_owner._sync)
            {
                if (ReferenceEquals(_owner._batch, this)) _owner._batch = null;
            }

            try
            {
                var values = await _owner.FetchAsync(_keys, cancellationToken).ConfigureAwait(false);
                return () =>
                {
                    for (var i = 0; i < _promises.Count; i++) _promises[i].TrySetResult(i < values.Length ? values[i] : default!);
                };
            }
            catch (Exception ex)
            {
                return () =>
                {
                    foreach (var promise in _promises) promise.TrySetException(ex);
                };
            }
        }
    }
}
