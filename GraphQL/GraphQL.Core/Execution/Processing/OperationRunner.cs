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
internal sealed partial class OperationRunner
{
    private readonly OperationContext _context;
    private readonly Queue<FieldTask> _work = new();
    private ConcurrentQueue<IPostedWork>? _posted;
    private SemaphoreSlim? _signal;
    private readonly Stack<FieldTask> _pool = new();
    private readonly List<GraphQLError> _errors = new();
    private BatchScheduler? _batches;
    private int _pending;
    private bool _dataIsNull;

    public OperationRunner(OperationContext context)
    {
        _context = context;
        context.DataLoaderFactory = () => new DataLoaderScope(context.Services, _batches ??= new BatchScheduler(Signal));
    }

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

        return ExecutionResult.FromData(_dataIsNull ? null : root, _errors.Count > 0 ? _errors : null);
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

    /// <summary>Posts finished asynchronous work back to the runner (any thread).</summary>
    internal void Post(IPostedWork work)
    {
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
                fetch.GetAwaiter().GetResult().Invoke();
                continue;
            }

            _pending++;
            _ = AwaitBatchAsync(fetch);
        }
    }

    private async Task AwaitBatchAsync(Task<Action> fetch)
    {
        Action complete;
        try
        {
            complete = await fetch.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // FetchAsync turns loader failures into a completion that fails the keys; this is a bug guard.
            complete = () => throw new InvalidOperationException("A DataLoader batch failed unexpectedly.", ex);
        }

        Post(new BatchCompletion(complete));
    }

    private sealed class BatchCompletion : IPostedWork
    {
        private readonly Action _complete;

        public BatchCompletion(Action complete) => _complete = complete;

        public void Complete(OperationRunner runner) => _complete();
    }
}
