using System.Collections.Concurrent;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// Reuses the <see cref="CancellationTokenSource"/>s that enforce the execution timeout: a request rents
/// one and links the client's token to it only when that token can be cancelled.
/// <para>
/// Arming a source's timer (<see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/>) and stopping it
/// (<see cref="CancellationTokenSource.TryReset"/>) each take the runtime's timer-queue lock; for a tiny
/// operation that was about an eighth of the work of a request (docs/performance.md, "Per-request cost").
/// So a returned source stays armed, and the next request reuses it as armed when it was armed at most
/// <see cref="Slack"/> ago: its timer was set to <c>timeout + slack</c>, so it fires between
/// <c>timeout</c> and <c>timeout + slack</c> after that request started — never early, at most
/// <see cref="Slack"/> late (the granularity of Kestrel's own timeouts). Otherwise it is re-armed. A source
/// that fired is disposed.
/// </para>
/// </summary>
internal sealed class TimeoutSourcePool
{
    private const int MaxPooled = 64;

    /// <summary>How late a timeout may fire: one second, or an eighth of a shorter timeout.</summary>
    private static long Slack(TimeSpan timeout) => Math.Min(1000, (long)timeout.TotalMilliseconds / 8);

    private readonly ConcurrentQueue<TimeoutSource> _pool = new();

    public Lease Rent(TimeSpan timeout, CancellationToken requestAborted)
    {
        var now = Environment.TickCount64;
        var slack = Slack(timeout);
        if (!_pool.TryDequeue(out var pooled) || pooled.Source.IsCancellationRequested)
        {
            pooled?.Source.Dispose();
            pooled = new TimeoutSource(new CancellationTokenSource());
        }

        if (pooled.Timeout != timeout || now - pooled.ArmedAt > slack)
        {
            pooled.Source.CancelAfter(timeout + TimeSpan.FromMilliseconds(slack));
            pooled.ArmedAt = now;
            pooled.Timeout = timeout;
        }

        var registration = requestAborted.CanBeCanceled
            ? requestAborted.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), pooled.Source)
            : default;
        return new Lease(this, pooled, registration);
    }

    private void Return(TimeoutSource pooled, CancellationTokenRegistration registration)
    {
        // Unregister first (waits for a running callback), so a client cancelling late cannot reach the next request.
        registration.Dispose();
        if (_pool.Count < MaxPooled && !pooled.Source.IsCancellationRequested) _pool.Enqueue(pooled);
        else pooled.Source.Dispose();
    }

    /// <summary>A source with the time its timer was last set, and for which timeout.</summary>
    internal sealed class TimeoutSource(CancellationTokenSource source)
    {
        public CancellationTokenSource Source { get; } = source;
        public long ArmedAt { get; set; } = long.MinValue / 2;
        public TimeSpan Timeout { get; set; }
    }

    /// <summary>A rented source; disposing returns it.</summary>
    public readonly struct Lease : IDisposable
    {
        private readonly TimeoutSourcePool _owner;
        private readonly TimeoutSource _pooled;
        private readonly CancellationTokenRegistration _registration;

        internal Lease(TimeoutSourcePool owner, TimeoutSource pooled, CancellationTokenRegistration registration)
        {
            _owner = owner;
            _pooled = pooled;
            _registration = registration;
        }

        public CancellationTokenSource Source => _pooled.Source;

        public void Dispose() => _owner.Return(_pooled, _registration);
    }
}
