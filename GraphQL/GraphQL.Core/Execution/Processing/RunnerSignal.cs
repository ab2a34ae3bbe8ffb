using System.Threading.Tasks.Sources;

namespace GraphQL.Execution.Processing;

/// <summary>
/// What the runner waits on while resolvers and DataLoader batches are in flight: set by whoever posts work
/// back, reused by the runner for every wait (no allocation per wait), cancelled with the execution.
/// <para>
/// Why not a <see cref="SemaphoreSlim"/>: its waiter resumes the runner through the thread pool, so each
/// completed batch cost a hop (a work item and often a thread wake-up) on top of the I/O completion that
/// finished the batch, plus a task and a cancellation registration per wait. Work posted back from the
/// completion of an asynchronous operation (a resolver's or a batch's) resumes the runner right there, as an
/// <c>await</c> of that operation would; a wake-up from elsewhere (a batch scheduled by a resolver running
/// off the runner) still goes through the thread pool, so the runner never runs inside a caller's call.
/// </para>
/// </summary>
internal sealed class RunnerSignal : IValueTaskSource
{
    private const int Idle = 0;
    private const int Signaled = 1;
    private const int Waiting = 2;

    private ManualResetValueTaskSourceCore<bool> _core;
    private int _state;
    private volatile bool _cancelled;
    private CancellationToken _token;
    private CancellationTokenRegistration _registration;

    /// <summary>Completes immediately when signalled since the last wait; throws when <paramref name="ct"/> is cancelled.</summary>
    public ValueTask WaitAsync(CancellationToken ct)
    {
        if (Interlocked.CompareExchange(ref _state, Idle, Signaled) == Signaled) return default;
        Watch(ct);
        if (_cancelled) return ValueTask.FromCanceled(_token);

        _core.Reset();
        if (Interlocked.CompareExchange(ref _state, Waiting, Idle) == Signaled)
        {
            Volatile.Write(ref _state, Idle);
            return default;
        }

        // A cancellation between the check above and now found no waiter: take the wait back and report it.
        if (_cancelled && Interlocked.CompareExchange(ref _state, Idle, Waiting) == Waiting) return ValueTask.FromCanceled(_token);
        return new ValueTask(this, _core.Version);
    }

    /// <summary>
    /// Wakes the runner. <paramref name="inline"/>: resume it on this thread (the caller is finishing an asynchronous
    /// operation and has nothing left to do); otherwise through the thread pool.
    /// </summary>
    public void Set(bool inline)
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if (state == Signaled) return;
            if (state == Idle)
            {
                if (Interlocked.CompareExchange(ref _state, Signaled, Idle) == Idle) return;
                continue;
            }

            if (Interlocked.CompareExchange(ref _state, Idle, Waiting) == Waiting)
            {
                // Nothing may touch this signal after SetResult: the resumed runner can finish its request and
                // serve the next one before this call returns.
                _core.RunContinuationsAsynchronously = !inline;
                _core.SetResult(true);
                return;
            }
        }
    }

    /// <summary>Stops watching the execution's cancellation (the runner stopped waiting; a long-lived token keeps no registration).</summary>
    public void Unwatch()
    {
        if (!_token.CanBeCanceled) return;
        _registration.Dispose();
        _registration = default;
        _token = default;
        _cancelled = false;
    }

    /// <summary>Forgets a stale signal (the runner is idle and nobody waits).</summary>
    public void Reset() => Volatile.Write(ref _state, Idle);

    private void Watch(CancellationToken ct)
    {
        if (!ct.CanBeCanceled || ct == _token) return;
        _registration.Dispose();
        _token = ct;
        _cancelled = false;
        _registration = ct.UnsafeRegister(static state => ((RunnerSignal)state!).Cancel(), this);
    }

    private void Cancel()
    {
        _cancelled = true;
        if (Interlocked.CompareExchange(ref _state, Idle, Waiting) != Waiting) return;
        _core.RunContinuationsAsynchronously = true;
        _core.SetException(new OperationCanceledException(_token));
    }

    void IValueTaskSource.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
