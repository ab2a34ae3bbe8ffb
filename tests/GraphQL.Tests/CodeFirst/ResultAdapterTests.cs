using GraphQL.CodeFirst;

namespace GraphQL.Tests.CodeFirst;

/// <summary>A pending <c>Task&lt;T&gt;</c> returned by a resolver goes through a pooled source, not a state machine.</summary>
public sealed class ResultAdapterTests
{
    [Fact]
    public async Task APendingTaskGivesItsValueOnceCompleted()
    {
        var promise = new TaskCompletionSource<string>();
        var pending = ResultAdapters.FromTask(promise.Task);
        Assert.False(pending.IsCompleted);

        promise.SetResult("done");

        Assert.Equal("done", await pending);
    }

    [Fact]
    public async Task APendingTaskThatFailsThrowsItsOwnException()
    {
        var promise = new TaskCompletionSource<int>();
        var pending = ResultAdapters.FromTask(promise.Task);

        promise.SetException(new InvalidOperationException("boom"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await pending);
        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public async Task ACancelledTaskIsReportedAsCancelled()
    {
        var promise = new TaskCompletionSource<int>();
        var pending = ResultAdapters.FromTask(promise.Task);

        promise.SetCanceled();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pending);
    }

    [Fact]
    public async Task PooledSourcesKeepTheValuesOfConcurrentAwaitsApart()
    {
        var promises = Enumerable.Range(0, 200).Select(_ => new TaskCompletionSource<int>()).ToArray();
        for (var round = 0; round < 3; round++)
        {
            var pending = new ValueTask<object?>[promises.Length];
            for (var i = 0; i < promises.Length; i++)
            {
                promises[i] = new TaskCompletionSource<int>();
                pending[i] = ResultAdapters.FromTask(promises[i].Task);
            }

            for (var i = promises.Length - 1; i >= 0; i--) promises[i].SetResult(i + round);
            for (var i = 0; i < promises.Length; i++) Assert.Equal(i + round, await pending[i]);
        }
    }

    [Fact]
    public async Task ReadingAResultTwiceIsRefused()
    {
        var promise = new TaskCompletionSource<int>();
        var pending = ResultAdapters.FromTask(promise.Task);
        promise.SetResult(1);
        Assert.Equal(1, await pending);

        // The source went back to the pool: a second read of the same ValueTask is a misuse, and says so.
        Assert.Throws<InvalidOperationException>(() => pending.GetAwaiter().GetResult());
    }
}
