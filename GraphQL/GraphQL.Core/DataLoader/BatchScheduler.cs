namespace GraphQL.DataLoader;

/// <summary>
/// Collects the batches that are waiting to be fetched during one execution. The executor
/// dispatches them when its work queue drains; scheduling a batch wakes the executor in case it is
/// idle, waiting on a resolver that just asked for data.
/// </summary>
internal sealed class BatchScheduler
{
    private readonly object _sync = new();
    private readonly Action _onScheduled;
    private List<IDataLoaderBatch> _pending = new();
    private int _count;

    public BatchScheduler(Action onScheduled) => _onScheduled = onScheduled;

    public bool HasPending => Volatile.Read(ref _count) > 0;

    public void Schedule(IDataLoaderBatch batch)
    {
        lock (_sync)
        {
            _pending.Add(batch);
            _count = _pending.Count;
        }

        _onScheduled();
    }

    public List<IDataLoaderBatch> TakePending()
    {
        lock (_sync)
        {
            var pending = _pending;
            _pending = new List<IDataLoaderBatch>();
            _count = 0;
            return pending;
        }
    }

    /// <summary>For loaders used outside an execution: fetch on the thread pool once the caller yields.</summary>
    public static void DispatchStandalone(IDataLoaderBatch batch) =>
        _ = Task.Run(async () =>
        {
            await Task.Yield();
            await batch.FetchAsync(CancellationToken.None).ConfigureAwait(false);
            batch.Complete();
        });
}
