using System.Collections.Concurrent;
using GraphQL.DataLoader;
using GraphQL.Execution.Planning;
using GraphQL.Execution.Results;
using GraphQL.Types;

namespace GraphQL.Execution.Processing;

/// <summary>
/// Executes the fields of one operation (spec §6.3 ExecuteSelectionSet, §6.4 ExecuteField) from a
/// work queue instead of recursion: completing an object enqueues its fields; a resolver that does
/// not finish synchronously is awaited off the queue and posts its value back; the result tree is
/// only touched on the runner's own logical thread, so it needs no locks.
/// <para>
/// When the queue drains while resolvers are still waiting, nothing more can happen without loaded
/// data: that is when pending DataLoader batches are dispatched, so N sibling fields at one level
/// cost one batch. Batch results are delivered on the runner too, so that resolver continuations
/// (and the next level's loads) run before the next dispatch: one batch per level.
/// </para>
/// When every resolver is pure or completes synchronously, <see cref="ExecuteAsync"/> never awaits.
/// </summary>
internal sealed partial class OperationRunner : IDataLoaderScopeSource
{
    // One idle runner per thread: a request that completes synchronously returns its runner (with its
    // queue, stack and pooled FieldTasks) before the next request on that thread rents it.
    [ThreadStatic] private static OperationRunner? t_idle;

    // The runner running ready work on this thread (see Post).
    [ThreadStatic] private static OperationRunner? t_running;

    private OperationContext _context = null!;
    private readonly Queue<FieldTask> _work = new();
    private readonly Queue<IPostedWork> _local = new();
    private ConcurrentQueue<IPostedWork>? _posted;
    private SemaphoreSlim? _signal;
    private readonly Stack<FieldTask> _pool = new();
    private FieldTask? _leaf;
    private FieldErrorList? _errors;
    private BatchScheduler? _batches;
    private int _pending;
    private bool _dataIsNull;

    public OperationRunner(OperationContext context) => Attach(context);

    private OperationRunner() { }

    /// <summary>A runner for <paramref name="context"/>, reused from this thread when one is idle; give it back with <see cref="Return"/>.</summary>
    public static OperationRunner Rent(OperationContext context)
    {
        var runner = t_idle ?? new OperationRunner();
        t_idle = null;
        runner.Attach(context);
        return runner;
    }

    /// <summary>
    /// Makes the runner reusable after <see cref="ExecuteAsync"/> completed. A runner with work in flight
    /// (a failed or cancelled execution) is left to the GC: a late resolver could still post to it.
    /// </summary>
    public void Return()
    {
        if (_pending != 0 || _work.Count != 0 || _local.Count != 0 || _posted is { IsEmpty: false }) return;
        _context = null!;
        _leaf?.Reset();
        _errors = null;
        _batches = null;
        _signal = null; // it may hold stale releases from batch scheduling
        _dataIsNull = false;
        t_idle = this;
    }

    private void Attach(OperationContext context)
    {
        _context = context;
        context.DataLoaderSource = this;
    }

    /// <summary>Creates the operation's DataLoader scope on first use (most operations never touch one).</summary>
    DataLoaderScope IDataLoaderScopeSource.CreateDataLoaders() =>
        new(_context.Services, _batches ??= new BatchScheduler(Signal));

    private FieldErrorList Errors => _errors ??= new FieldErrorList();

    /// <summary>
    /// ExecuteQuery / ExecuteMutation (spec §6.2.1, §6.2.2): root fields concurrently, or one after
    /// the other (each with its whole sub-tree) when <paramref name="serial"/> is set.
    /// </summary>
    public async ValueTask<ExecutionResult> ExecuteAsync(SelectionSetPlan rootSelection, ObjectType rootType, object? rootValue, bool serial)
    {
        var root = new ResultMap(rootSelection, null, 0, false);
        var fields = rootSelection.Fields;
        if (serial)
        {
            for (var i = 0; i < fields.Length && !_dataIsNull; i++)
            {
                Enqueue(fields[i], rootType, rootValue, root, i);
                await RunAsync().ConfigureAwait(false);
            }
        }
        else
        {
            for (var i = 0; i < fields.Length; i++) Enqueue(fields[i], rootType, rootValue, root, i);
            await RunAsync().ConfigureAwait(false);
        }

        return ExecutionResult.FromData(_dataIsNull ? null : root, _errors?.InResponseOrder());
    }

    /// <summary>Wakes the runner: something was posted or a DataLoader batch was scheduled.</summary>
    private void Signal() => GetSignal().Release();

    // Created only when something runs asynchronously; a synchronous execution never needs them.
    private SemaphoreSlim GetSignal()
    {
        if (_signal is null) Interlocked.CompareExchange(ref _signal, new SemaphoreSlim(0), null);
        return _signal;
    }

    private ConcurrentQueue<IPostedWork> GetPosted()
    {
        if (_posted is null) Interlocked.CompareExchange(ref _posted, new ConcurrentQueue<IPostedWork>(), null);
        return _posted;
    }

    private bool HasPendingBatches => _batches is { HasPending: true };

    private void Enqueue(FieldPlan plan, ObjectType type, object? parent, ResultNode container, int index) =>
        _work.Enqueue(Rent(plan, type, parent, container, index));

    private FieldTask Rent(FieldPlan plan, ObjectType type, object? parent, ResultNode container, int index)
    {
        var task = _pool.Count > 0 ? _pool.Pop() : new FieldTask();
        task.Initialize(_context, plan, type, parent, container, index);
        return task;
    }

    private void Return(FieldTask task)
    {
        task.Reset();
        _pool.Push(task);
    }

    /// <summary>
    /// Posts finished asynchronous work back to the runner (any thread). Work finished on the runner's own
    /// thread while it runs (a resolver continued inline by a DataLoader batch the runner completed) goes
    /// straight to its local queue: no concurrent queue, no wake-up.
    /// </summary>
    internal void Post(IPostedWork work)
    {
        if (ReferenceEquals(t_running, this))
        {
            _local.Enqueue(work);
            return;
        }

        GetPosted().Enqueue(work);
        GetSignal().Release();
    }

    private async ValueTask RunAsync()
    {
        var ct = _context.CancellationToken;
        while (true)
        {
            RunReadyWork(ct);
            if (_pending == 0 && !HasPendingBatches) return;
            await GetSignal().WaitAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs everything that can run now, dispatching DataLoader batches whenever the queue drains.
    /// Resolvers run without a <see cref="SynchronizationContext"/>, so that their continuations after a
    /// DataLoader load resume inline when the runner completes the batch, instead of being posted
    /// elsewhere and trickling into later batches.
    /// </summary>
    private void RunReadyWork(CancellationToken ct)
    {
        var previous = SynchronizationContext.Current;
        if (previous is not null) SynchronizationContext.SetSynchronizationContext(null);
        var outer = t_running;
        t_running = this;
        try
        {
            while (true)
            {
                Drain(ct);
                if (!HasPendingBatches) return;
                DispatchBatches();
            }
        }
        finally
        {
            t_running = outer;
            if (previous is not null) SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void Drain(CancellationToken ct)
    {
        while (true)
        {
            if (_work.TryDequeue(out var task))
            {
                ct.ThrowIfCancellationRequested();
                ExecuteField(task);
                continue;
            }

            if (_local.TryDequeue(out var done))
            {
                _pending--;
                done.Complete(this);
                continue;
            }

            if (_posted is not null && _posted.TryDequeue(out var posted))
            {
                _pending--;
                posted.Complete(this);
                continue;
            }

            return;
        }
    }

    private void DispatchBatches()
    {
        foreach (var batch in _batches!.TakePending())
        {
            var fetch = batch.FetchAsync(_context.CancellationToken);
            if (fetch.IsCompleted)
            {
                batch.Complete();
                continue;
            }

            _pending++;
            _ = AwaitBatchAsync(batch, fetch);
        }
    }

    private async Task AwaitBatchAsync(IDataLoaderBatch batch, Task fetch)
    {
        // FetchAsync keeps a loader's failure for the waiting loads; it does not throw.
        await fetch.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Post(new BatchCompletion(batch));
    }

    private sealed class BatchCompletion : IPostedWork
    {
        private readonly IDataLoaderBatch _batch;

        public BatchCompletion(IDataLoaderBatch batch) => _batch = batch;

        public void Complete(OperationRunner runner) => _batch.Complete();
    }
}
