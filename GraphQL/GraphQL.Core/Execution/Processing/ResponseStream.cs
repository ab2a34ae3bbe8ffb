using System.Runtime.CompilerServices;
using GraphQL.Execution.Planning;

namespace GraphQL.Execution.Processing;

/// <summary>
/// MapSourceToResponseEvent (spec §6.2.3.2): one <see cref="ExecutionResult"/> per source event, made by
/// executing the subscription's selection set with the event as root value. Read once. The source
/// stream (and whatever the request owns, such as its service scope) is released exactly once: when
/// the source ends, when the reader stops or cancels, or when the stream is disposed unread.
/// </summary>
internal sealed class ResponseStream : IAsyncEnumerable<ExecutionResult>, IAsyncDisposable
{
    private readonly OperationContext _context;
    private readonly SelectionSetPlan _rootSelection;
    private readonly IAsyncEnumerable<object?> _source;
    private readonly List<Func<ValueTask>> _onDisposed = new();
    private int _read;
    private int _disposed;

    public ResponseStream(OperationContext context, SelectionSetPlan rootSelection, IAsyncEnumerable<object?> source)
    {
        _context = context;
        _rootSelection = rootSelection;
        _source = source;
    }

    /// <summary>Adds something to release with the stream.</summary>
    public void OnDisposed(Func<ValueTask> release)
    {
        lock (_onDisposed) _onDisposed.Add(release);
    }

    public IAsyncEnumerator<ExecutionResult> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _read, 1) == 1) throw new InvalidOperationException("A response stream can only be read once.");
        return ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    private async IAsyncEnumerable<ExecutionResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _context.CancellationToken);
        var ct = linked.Token;
        var events = _source.GetAsyncEnumerator(ct);
        try
        {
            while (true)
            {
                bool hasEvent;
                ExecutionResult? failure = null;
                try
                {
                    hasEvent = await events.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    yield break;
                }
                catch (Exception ex)
                {
                    // The source stream failed: report it as the last response (spec §6.2.3.2 leaves this to the implementation).
                    hasEvent = false;
                    failure = ExecutionResult.FromError(ErrorFactory.FromException(ex, null, null, _context.Options));
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                if (!hasEvent) yield break;
                yield return await ExecuteEventAsync(events.Current, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
            await DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>ExecuteSubscriptionEvent (spec §6.2.3.2): the selection set runs like a query, with the event as root value.</summary>
    private ValueTask<ExecutionResult> ExecuteEventAsync(object? sourceEvent, CancellationToken cancellationToken)
    {
        var context = _context.ForEvent(cancellationToken);
        var runner = new OperationRunner(context);
        return runner.ExecuteAsync(_rootSelection, _context.Plan.RootType, sourceEvent, serial: false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (_source is IAsyncDisposable source) await source.DisposeAsync().ConfigureAwait(false);
        Func<ValueTask>[] releases;
        lock (_onDisposed) releases = _onDisposed.ToArray();
        foreach (var release in releases) await release().ConfigureAwait(false);
    }
}
