using System.Collections.Concurrent;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// Reuses the <see cref="CancellationTokenSource"/>s that enforce the execution timeout: a request rents
/// one, links the client's token to it only when that token can be cancelled, and returns it reset
/// (<see cref="CancellationTokenSource.TryReset"/> also stops its timer). A source that fired is disposed.
/// </summary>
internal sealed class TimeoutSourcePool
{
    private const int MaxPooled = 64;
    private readonly ConcurrentQueue<CancellationTokenSource> _pool = new();

    public Lease Rent(TimeSpan timeout, CancellationToken requestAborted)
    {
        if (!_pool.TryDequeue(out var source)) source = new CancellationTokenSource();
        source.CancelAfter(timeout);
        var registration = requestAborted.CanBeCanceled
            ? requestAborted.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), source)
            : default;
        return new Lease(this, source, registration);
    }

    private void Return(CancellationTokenSource source, CancellationTokenRegistration registration)
    {
        registration.Dispose();
        if (_pool.Count < MaxPooled && source.TryReset()) _pool.Enqueue(source);
        else source.Dispose();
    }

    /// <summary>A rented source; disposing returns it.</summary>
    public readonly struct Lease : IDisposable
    {
        private readonly TimeoutSourcePool _owner;
        private readonly CancellationTokenRegistration _registration;

        public Lease(TimeoutSourcePool owner, CancellationTokenSource source, CancellationTokenRegistration registration)
        {
            _owner = owner;
            Source = source;
            _registration = registration;
        }

        public CancellationTokenSource Source { get; }

        public void Dispose() => _owner.Return(Source, _registration);
    }
}
