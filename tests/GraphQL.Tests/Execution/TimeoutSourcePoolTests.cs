using System.Diagnostics;
using GraphQL.Execution.Pipeline;

namespace GraphQL.Tests.Execution;

/// <summary>The execution timeout's pooled sources: reused while armed, never firing early, never reused once cancelled.</summary>
public sealed class TimeoutSourcePoolTests
{
    [Fact]
    public async Task ReusedArmedSourceStillFiresNoEarlierThanTheTimeoutOfTheRequestThatReusedIt()
    {
        var pool = new TimeoutSourcePool();
        var timeout = TimeSpan.FromMilliseconds(400);
        var first = pool.Rent(timeout, CancellationToken.None);
        var source = first.Source;
        first.Dispose();

        var started = Stopwatch.StartNew();
        var second = pool.Rent(timeout, CancellationToken.None);
        Assert.Same(source, second.Source);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(Timeout.Infinite, second.Source.Token).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(started.Elapsed >= timeout - TimeSpan.FromMilliseconds(20), $"fired after {started.Elapsed.TotalMilliseconds} ms");
        second.Dispose();

        var third = pool.Rent(timeout, CancellationToken.None);
        Assert.NotSame(source, third.Source);
        Assert.False(third.Source.IsCancellationRequested);
        third.Dispose();
    }

    [Fact]
    public void SourceCancelledByTheClientIsNotReused()
    {
        var pool = new TimeoutSourcePool();
        using var client = new CancellationTokenSource();
        var lease = pool.Rent(TimeSpan.FromSeconds(30), client.Token);
        client.Cancel();
        Assert.True(lease.Source.IsCancellationRequested);
        lease.Dispose();

        var next = pool.Rent(TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.NotSame(lease.Source, next.Source);
        Assert.False(next.Source.IsCancellationRequested);
        next.Dispose();
    }
}
