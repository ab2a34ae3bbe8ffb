using System.Collections.Concurrent;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The operations running on one connection, by client-chosen id. Each runs on its own task with its own
/// cancellation; when the connection ends every one is cancelled and awaited, so no subscription outlives
/// its socket.
/// </summary>
internal sealed class SocketOperations
{
    private readonly ConcurrentDictionary<string, Running> _running = new(StringComparer.Ordinal);
    private readonly CancellationToken _connectionClosed;

    public SocketOperations(CancellationToken connectionClosed) => _connectionClosed = connectionClosed;

    public int Count => _running.Count;

    public bool Contains(string id) => _running.ContainsKey(id);

    /// <summary>Starts <paramref name="run"/> under <paramref name="id"/>; false when the id is taken.</summary>
    public bool TryStart(string id, Func<CancellationToken, Task> run)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_connectionClosed);
        var running = new Running(cancellation);
        if (!_running.TryAdd(id, running))
        {
            cancellation.Dispose();
            return false;
        }

        running.Task = RunAsync(id, running, run);
        return true;
    }

    private async Task RunAsync(string id, Running running, Func<CancellationToken, Task> run)
    {
        await Task.Yield();
        try
        {
            await run(running.Cancellation.Token).ConfigureAwait(false);
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, Running>(id, running));
            running.Cancellation.Dispose();
        }
    }

    /// <summary>Stops the operation <paramref name="id"/> (the client completed or stopped it).</summary>
    public void Cancel(string id)
    {
        if (_running.TryGetValue(id, out var running)) running.TryCancel();
    }

    /// <summary>Cancels every operation and waits until each has released its resources.</summary>
    public async Task StopAllAsync()
    {
        var tasks = new List<Task>(_running.Count);
        foreach (var running in _running.Values)
        {
            running.TryCancel();
            if (running.Task is { } task) tasks.Add(task);
        }

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed class Running
    {
        public Running(CancellationTokenSource cancellation) => Cancellation = cancellation;

        public CancellationTokenSource Cancellation { get; }
        public Task? Task { get; set; }

        public void TryCancel()
        {
            try
            {
                Cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
