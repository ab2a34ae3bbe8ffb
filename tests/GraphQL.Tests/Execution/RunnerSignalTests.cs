using GraphQL.Execution.Processing;

namespace GraphQL.Tests.Execution;

/// <summary>The runner's wake-up: no lost signal, inline or pooled resumption, cancellation while waiting.</summary>
public sealed class RunnerSignalTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public void ASignalBeforeTheWaitCompletesItAtOnceAndIsConsumed()
    {
        var signal = new RunnerSignal();
        signal.Set(inline: true);
        signal.Set(inline: true); // signals do not count: one wait consumes them

        Assert.True(signal.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        Assert.False(signal.WaitAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void AnInlineSignalResumesTheWaiterBeforeSetReturns()
    {
        var signal = new RunnerSignal();
        var resumedOn = -1;
        var wait = Resume(signal, () => resumedOn = Environment.CurrentManagedThreadId);

        signal.Set(inline: true);

        Assert.Equal(Environment.CurrentManagedThreadId, resumedOn);
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task APooledSignalResumesTheWaiterElsewhere()
    {
        var signal = new RunnerSignal();
        using var release = new ManualResetEventSlim();
        var resumedOn = -1;
        var wait = Resume(signal, () =>
        {
            release.Wait(Bound); // the waiter cannot run inside Set: Set returns first, then the event lets it finish
            resumedOn = Environment.CurrentManagedThreadId;
        });

        signal.Set(inline: false);
        Assert.False(wait.IsCompleted); // Set returned while the waiter still waits for the event
        release.Set();
        await wait.WaitAsync(Bound);

        Assert.NotEqual(-1, resumedOn);
    }

    [Fact]
    public async Task CancellingTheTokenFailsTheWaitAndAnEarlierCancellationFailsItAtOnce()
    {
        var signal = new RunnerSignal();
        using var cts = new CancellationTokenSource();
        var wait = signal.WaitAsync(cts.Token).AsTask();

        await cts.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(Bound));
        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.True(signal.WaitAsync(cts.Token).IsCanceled);

        // A new execution with another token starts clean.
        signal.Unwatch();
        signal.Reset();
        using var next = new CancellationTokenSource();
        var again = signal.WaitAsync(next.Token);
        Assert.False(again.IsCompleted);
        signal.Set(inline: true);
        Assert.True(again.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task NoSignalIsLostBetweenThreads()
    {
        // A producer signals as fast as it can while the waiter consumes: each round trip must complete.
        var signal = new RunnerSignal();
        var turns = 0;
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) signal.Set(inline: (Volatile.Read(ref turns) & 1) == 0);
        });

        for (var i = 0; i < 20_000; i++)
        {
            await signal.WaitAsync(CancellationToken.None).AsTask().WaitAsync(Bound);
            Interlocked.Increment(ref turns);
        }

        await stop.CancelAsync();
        await producer.WaitAsync(Bound);
        Assert.Equal(20_000, turns);
    }

    private static async Task Resume(RunnerSignal signal, Action then)
    {
        await signal.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        then();
    }
}
