using System.Threading.Tasks.Sources;

namespace GraphQL.DataLoader;

/// <summary>
/// The DataLoader pattern for one request: <see cref="LoadAsync(TKey, CancellationToken)"/> returns the cached
/// value of a key, or adds the key to the current batch; the executor fetches the batch when it has
/// no other work (so N sibling fields cost one fetch). Derive from <see cref="BatchDataLoader{TKey, TValue}"/>,
/// <see cref="GroupedDataLoader{TKey, TValue}"/> or <see cref="CacheDataLoader{TKey, TValue}"/>.
/// <para>
/// The cache maps a key to its batch and its index in that batch; the batch holds the keys and, once
/// fetched, the values in the same order. A key therefore costs a cache entry and an array slot, not a
/// promise: <see cref="LoadAsync(IReadOnlyCollection{TKey}, CancellationToken)"/> waits on the batches
/// themselves and copies the values out. Only <see cref="LoadAsync(TKey, CancellationToken)"/>, whose
/// contract is a <see cref="Task{TResult}"/>, creates a promise for the key it is asked for.
/// </para>
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>, ISchedulableDataLoader
    where TKey : notnull
{
    // The most keys a loader of this type cached in one batch so far (capped): a request's loader starts its
    // cache and its first batch at that size instead of growing them key by key (a page of 24 products grew
    // the cache through 3, 7, 17 and 37 entries). Static per closed generic type, so loaders of the same key
    // and value types share it: a hint, never a limit.
    private const int MaxCapacityHint = 256;
    private static int s_capacityHint;

    private readonly object _sync = new();
    private readonly Dictionary<TKey, Slot> _cache;
    private Batch? _batch;
    private Batch? _primed;

    protected DataLoaderBase(IEqualityComparer<TKey>? keyComparer = null)
    {
        _cache = new Dictionary<TKey, Slot>(s_capacityHint, keyComparer);
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
            var slot = Find(key, ref scheduled);
            task = slot.Batch.TaskOf(slot.Index);
        }

        Schedule(scheduled);
        return task;
    }

    public ValueTask<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        var values = keys.Count == 0 ? Array.Empty<TValue>() : new TValue[keys.Count];
        var load = new KeysLoadBuilder(values);
        Batch? scheduled = null;
        lock (_sync)
        {
            if (keys is IReadOnlyList<TKey> list)
            {
                for (var i = 0; i < values.Length && load.Error is null; i++) load.Add(Find(list[i], ref scheduled), i);
            }
            else
            {
                var i = 0;
                foreach (var key in keys)
                {
                    if (load.Error is not null) break;
                    load.Add(Find(key, ref scheduled), i++);
                }
            }

            load.End();
        }

        Schedule(scheduled);
        return load.ToValueTask();
    }

    public void Set(TKey key, TValue value)
    {
        lock (_sync)
        {
            if (_cache.ContainsKey(key)) return;
            var primed = _primed ??= Batch.Primed(this);
            _cache.Add(key, new Slot(primed, primed.AddPrimed(key, value)));
        }
    }

    public void Clear()
    {
        lock (_sync) _cache.Clear();
    }

    /// <summary>Fetches the values of <paramref name="keys"/>, in the same order.</summary>
    private protected abstract Task<TValue[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The cache slot of <paramref name="key"/>, added to the collecting batch (created and returned in <paramref name="scheduled"/>) on a miss.</summary>
    private Slot Find(TKey key, ref Batch? scheduled)
    {
        if (_cache.TryGetValue(key, out var slot)) return slot;
        var batch = _batch;
        if (batch is null) scheduled = batch = _batch = new Batch(this);
        slot = new Slot(batch, batch.Add(key));
        _cache.Add(key, slot);
        return slot;
    }

    private void Schedule(Batch? scheduled)
    {
        if (scheduled is null) return;
        if (Scheduler is { } scheduler) scheduler.Schedule(scheduled);
        else BatchScheduler.DispatchStandalone(scheduled);
    }

    private readonly record struct Slot(Batch Batch, int Index);

    /// <summary>
    /// The keys collected since the last fetch and, once fetched, their values (or the error that failed
    /// them all). It is also the promise of every <see cref="LoadAsync(IReadOnlyCollection{TKey}, CancellationToken)"/>
    /// call whose pending keys are all in it: the call's token numbers it among the batch's calls, whose
    /// positions and indexes the batch keeps in one shared array. Everything but the fetch itself happens
    /// under the loader's lock.
    /// </summary>
    private sealed class Batch : IDataLoaderBatch, IValueTaskSource<IReadOnlyList<TValue>>
    {
        private readonly DataLoaderBase<TKey, TValue> _owner;
        private TKey[] _keys;
        private int _count;
        private TValue[] _values = Array.Empty<TValue>();

        // The calls waiting on this batch: their value arrays, their (position, index) pairs and their continuations.
        private Call[]? _calls;
        private int _callCount;
        private int[] _pairs = Array.Empty<int>();
        private int _pairCount;

        // Loads of keys spread over several batches, and the promises of single-key loads (by index).
        private List<KeysLoad>? _spread;
        private TaskCompletionSource<TValue>?[]? _promises;

        // Fetched but not published yet: the executor publishes on its own thread (see IDataLoaderBatch).
        private TValue[]? _fetched;
        private Exception? _fetchError;
        private volatile bool _isDone;

        public Batch(DataLoaderBase<TKey, TValue> owner)
        {
            _owner = owner;
            _keys = new TKey[Math.Max(8, s_capacityHint)];
        }

        /// <summary>The batch that holds the values given to <see cref="Set"/>: done from the start, never fetched.</summary>
        public static Batch Primed(DataLoaderBase<TKey, TValue> owner) => new(owner) { _isDone = true, _values = new TValue[8] };

        /// <summary>True once the values (or the error) are published.</summary>
        public bool IsDone => _isDone;

        public Exception? Error { get; private set; }

        public TValue ValueAt(int index) => index < _values.Length ? _values[index] : default!;

        public int Add(TKey key)
        {
            if (_count == _keys.Length) Array.Resize(ref _keys, _count * 2);
            _keys[_count] = key;
            return _count++;
        }

        public int AddPrimed(TKey key, TValue value)
        {
            var index = Add(key);
            if (index >= _values.Length) Array.Resize(ref _values, _keys.Length);
            _values[index] = value;
            return index;
        }

        /// <summary>A task for the key at <paramref name="index"/>, the same one for every load of that key.</summary>
        public Task<TValue> TaskOf(int index)
        {
            _promises ??= new TaskCompletionSource<TValue>?[Math.Max(_keys.Length, _count)];
            if (index >= _promises.Length) Array.Resize(ref _promises, _keys.Length);
            if (_promises[index] is { } existing) return existing.Task;

            // Continuations run inline when the executor completes the batch on its own thread (see IDataLoaderBatch).
            var promise = new TaskCompletionSource<TValue>();
            if (IsDone)
            {
                if (Error is { } error) promise.SetException(error);
                else promise.SetResult(ValueAt(index));
            }

            _promises[index] = promise;
            return promise.Task;
        }

        /// <summary>Starts a call waiting on this batch; its token, or -1 when the batch has too many calls for a token.</summary>
        public int BeginCall(TValue[] values)
        {
            _calls ??= new Call[4];
            if (_callCount == short.MaxValue) return -1;
            if (_callCount == _calls.Length) Array.Resize(ref _calls, _callCount * 2);
            _calls[_callCount] = new Call { Values = values, First = _pairCount, End = _pairCount };
            return _callCount++;
        }

        public void AddPair(int token, int position, int index)
        {
            if (_pairCount + 2 > _pairs.Length)
            {
                // Pooled: the pairs are only needed until the batch is complete.
                var grown = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(64, _pairs.Length * 2));
                _pairs.AsSpan(0, _pairCount).CopyTo(grown);
                if (_pairs.Length > 0) System.Buffers.ArrayPool<int>.Shared.Return(_pairs);
                _pairs = grown;
            }

            _pairs[_pairCount++] = position;
            _pairs[_pairCount++] = index;
            _calls![token].End = _pairCount;
        }

        /// <summary>
        /// Removes the last call: its keys turned out to span batches (its pairs go to <paramref name="load"/>)
        /// or one of them failed already (<paramref name="load"/> is null).
        /// </summary>
        public void MoveLastCallTo(KeysLoad? load)
        {
            ref var call = ref _calls![--_callCount];
            for (var i = call.First; i < call.End && load is not null; i += 2) load.Wait(this, _pairs[i + 1], _pairs[i]);
            _pairCount = call.First;
            call = default;
        }

        public void AddSpread(KeysLoad load) => (_spread ??= new List<KeysLoad>()).Add(load);

        public async Task FetchAsync(CancellationToken cancellationToken)
        {
            TKey[] keys;
            lock (_owner._sync)
            {
                if (ReferenceEquals(_owner._batch, this)) _owner._batch = null;
                if (_count > s_capacityHint) s_capacityHint = Math.Min(_count, MaxCapacityHint);
                if (_count != _keys.Length) Array.Resize(ref _keys, _count);
                keys = _keys;
            }

            try
            {
                _fetched = await _owner.FetchAsync(keys, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _fetchError = ex;
            }
        }

        public void Complete()
        {
            List<KeysLoad>? ready = null;
            TaskCompletionSource<TValue>?[]? promises;
            Call[]? calls;
            int callCount;
            lock (_owner._sync)
            {
                _values = _fetched ?? Array.Empty<TValue>();
                Error = _fetchError;
                if (Error is null)
                {
                    for (var c = 0; c < _callCount; c++)
                    {
                        var call = _calls![c];
                        for (var i = call.First; i < call.End; i += 2) call.Values[_pairs[i]] = ValueAt(_pairs[i + 1]);
                    }
                }

                if (_pairs.Length > 0) System.Buffers.ArrayPool<int>.Shared.Return(_pairs);
                _pairs = Array.Empty<int>();
                _pairCount = 0;
                _isDone = true;
                promises = _promises;
                calls = _calls;
                callCount = _callCount;
                if (_spread is not null)
                {
                    foreach (var load in _spread)
                    {
                        if (load.OnBatchDone(this)) (ready ??= new List<KeysLoad>()).Add(load);
                    }

                    _spread = null;
                }
            }

            // Outside the lock: the continuations run inline (on the executor's thread) and may load again.
            if (promises is not null)
            {
                for (var i = 0; i < promises.Length; i++)
                {
                    var promise = promises[i];
                    if (promise is null) continue;
                    if (Error is { } error) promise.TrySetException(error);
                    else promise.TrySetResult(ValueAt(i));
                }
            }

            for (var c = 0; c < callCount; c++) calls![c].Continuation.Invoke();
            if (ready is not null)
            {
                foreach (var load in ready) load.Publish();
            }
        }

        public IReadOnlyList<TValue> GetResult(short token)
        {
            if (!IsDone) throw new InvalidOperationException("The DataLoader batch is not done yet.");
            if (Error is { } error) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            return _calls![token].Values;
        }

        public ValueTaskSourceStatus GetStatus(short token) =>
            !IsDone ? ValueTaskSourceStatus.Pending : Error is null ? ValueTaskSourceStatus.Succeeded : ValueTaskSourceStatus.Faulted;

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            var captured = Continuation.Capture(continuation, state, flags);
            lock (_owner._sync)
            {
                if (!IsDone)
                {
                    _calls![token].Continuation = captured;
                    return;
                }
            }

            captured.Invoke();
        }

        private struct Call
        {
            public TValue[] Values;
            public int First;
            public int End;
            public Continuation Continuation;
        }
    }

    /// <summary>
    /// Builds one <see cref="LoadAsync(IReadOnlyCollection{TKey}, CancellationToken)"/> call under the loader's lock:
    /// values already loaded are copied right away; the others wait on their batch (the usual case: one
    /// batch, no allocation) or, when they span several batches, on a <see cref="KeysLoad"/>.
    /// </summary>
    private struct KeysLoadBuilder
    {
        private readonly TValue[] _values;
        private Batch? _batch;
        private int _token;
        private KeysLoad? _spread;

        public KeysLoadBuilder(TValue[] values)
        {
            _values = values;
            _token = -1;
        }

        /// <summary>The error of a failed batch one of the keys belongs to: the call fails with it.</summary>
        public Exception? Error { get; private set; }

        public void Add(Slot slot, int position)
        {
            var batch = slot.Batch;
            if (batch.IsDone)
            {
                if (batch.Error is { } error) Fail(error);
                else _values[position] = batch.ValueAt(slot.Index);
                return;
            }

            if (_spread is not null)
            {
                _spread.Wait(batch, slot.Index, position);
                return;
            }

            if (_batch is null)
            {
                _token = batch.BeginCall(_values);
                if (_token >= 0) _batch = batch;
                else
                {
                    _spread = new KeysLoad(_values);
                    _spread.Wait(batch, slot.Index, position);
                    return;
                }
            }
            else if (!ReferenceEquals(_batch, batch))
            {
                _spread = new KeysLoad(_values);
                _batch.MoveLastCallTo(_spread);
                _batch = null;
                _spread.Wait(batch, slot.Index, position);
                return;
            }

            batch.AddPair(_token, position, slot.Index);
        }

        private void Fail(Exception error)
        {
            Error = error;
            _batch?.MoveLastCallTo(null);
            _batch = null;
            _spread?.Abandon();
            _spread = null;
        }

        /// <summary>Registers a spread load with its batches once every key is known (still under the lock).</summary>
        public void End() => _spread?.Register();

        public readonly ValueTask<IReadOnlyList<TValue>> ToValueTask() =>
            Error is not null ? ValueTask.FromException<IReadOnlyList<TValue>>(Error)
            : _batch is not null ? new ValueTask<IReadOnlyList<TValue>>(_batch, (short)_token)
            : _spread is not null ? new ValueTask<IReadOnlyList<TValue>>(_spread, 0)
            : new ValueTask<IReadOnlyList<TValue>>(_values);
    }

    /// <summary>A call whose pending keys span several batches: completed when the last of them is done.</summary>
    private sealed class KeysLoad : IValueTaskSource<IReadOnlyList<TValue>>
    {
        private readonly TValue[] _values;
        private readonly List<(Batch Batch, int Index, int Position)> _waits = new();
        private ManualResetValueTaskSourceCore<IReadOnlyList<TValue>> _core;
        private int _batchesWaitedOn;
        private Exception? _error;

        public KeysLoad(TValue[] values) => _values = values;

        public void Wait(Batch batch, int index, int position) => _waits.Add((batch, index, position));

        /// <summary>The call failed before it was registered: nothing will wait on it.</summary>
        public void Abandon() => _waits.Clear();

        public void Register()
        {
            for (var i = 0; i < _waits.Count; i++)
            {
                var batch = _waits[i].Batch;
                var seen = false;
                for (var j = 0; j < i && !seen; j++) seen = ReferenceEquals(_waits[j].Batch, batch);
                if (seen) continue;
                _batchesWaitedOn++;
                batch.AddSpread(this);
            }
        }

        /// <summary>Under the loader's lock: copies the values of a finished batch; true when no other batch is awaited.</summary>
        public bool OnBatchDone(Batch batch)
        {
            if (batch.Error is { } error) _error ??= error;
            else
            {
                foreach (var (b, index, position) in _waits)
                {
                    if (ReferenceEquals(b, batch)) _values[position] = batch.ValueAt(index);
                }
            }

            return --_batchesWaitedOn == 0;
        }

        public void Publish()
        {
            if (_error is { } error) _core.SetException(error);
            else _core.SetResult(_values);
        }

        public IReadOnlyList<TValue> GetResult(short token) => _core.GetResult(token);

        public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            _core.OnCompleted(continuation, state, token, flags);
    }
}
