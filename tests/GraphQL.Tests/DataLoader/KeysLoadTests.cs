using GraphQL.DataLoader;
using GraphQL.Execution;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.DataLoader;

/// <summary>
/// <c>LoadAsync(keys)</c> waits on the batches themselves (no task per key): keys already loaded, keys of
/// one pending batch, keys spread over two batches, and keys of a failed batch.
/// </summary>
public sealed class KeysLoadTests
{
    /// <summary>Doubles its keys; a fetch can be held at a gate; "bad" keys fail their batch.</summary>
    private sealed class GatedLoader : BatchDataLoader<string, string>
    {
        private readonly List<string> _batches = new();

        public TaskCompletionSource Started { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource? Gate { get; set; }

        public IReadOnlyList<string> Batches
        {
            get
            {
                lock (_batches) return _batches.ToArray();
            }
        }

        protected override async Task<IReadOnlyDictionary<string, string>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            lock (_batches) _batches.Add(string.Join(",", keys));
            var started = Started;
            Started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            started.TrySetResult();
            if (Gate is { } gate) await gate.Task;
            if (keys.Contains("bad")) throw new InvalidOperationException("The source is down.");
            return keys.ToDictionary(k => k, k => k + k);
        }
    }

    [Fact]
    public async Task KeysOfOneBatchAreFetchedOnceAndReturnedInOrder()
    {
        var loader = new GatedLoader();

        var values = await loader.LoadAsync(new[] { "b", "a", "b" });

        Assert.Equal(new[] { "bb", "aa", "bb" }, values);
        Assert.Equal(new[] { "b,a" }, loader.Batches);
    }

    [Fact]
    public async Task KeysAlreadyLoadedCompleteAtOnce()
    {
        var loader = new GatedLoader();
        await loader.LoadAsync(new[] { "a", "b" });
        loader.Set("c", "primed");

        var pending = loader.LoadAsync(new List<string> { "c", "b", "a" });

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal(new[] { "primed", "bb", "aa" }, await pending);
        Assert.Equal(new[] { "a,b" }, loader.Batches);
    }

    [Fact]
    public async Task KeysSpreadOverTwoPendingBatchesWaitForBoth()
    {
        var loader = new GatedLoader { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };

        // Taken before the load: the fetch may start (and swap in the next batch's signal) before this thread reads it.
        var firstFetchStarted = loader.Started.Task;
        var first = loader.LoadAsync(new[] { "a" });
        await firstFetchStarted;

        // "a" is being fetched; "b" goes to the next batch; the call waits on both.
        var spread = loader.LoadAsync(new[] { "b", "a" });
        Assert.False(spread.IsCompleted);
        loader.Gate.SetResult();

        Assert.Equal(new[] { "aa" }, await first);
        Assert.Equal(new[] { "bb", "aa" }, await spread);
        Assert.Equal(new[] { "a", "b" }, loader.Batches);
    }

    [Fact]
    public async Task AKeyOfAFailedBatchFailsTheCallWithTheLoadersError()
    {
        var loader = new GatedLoader();
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(async () => await loader.LoadAsync(new[] { "bad", "x" }));

        // The failure is cached with the keys: a later call fails at once, with the same error.
        var again = loader.LoadAsync(new[] { "y", "x" });
        Assert.True(again.IsFaulted);
        Assert.Same(failed, await Assert.ThrowsAsync<InvalidOperationException>(async () => await again));
        Assert.Same(failed, await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync("bad")));
        Assert.Equal("The source is down.", failed.Message);
    }

    [Fact]
    public async Task ASingleKeyLoadReturnsTheSameTaskForTheSameKey()
    {
        var loader = new GatedLoader();

        var first = loader.LoadAsync("a");
        var second = loader.LoadAsync("a");

        Assert.Same(first, second);
        Assert.Equal("aa", await first);
        Assert.Equal(new[] { "aa", "aa" }, await loader.LoadAsync(new[] { "a", "a" }));
        Assert.Single(loader.Batches);
    }

    [Fact]
    public async Task ListFieldsLoadedByKeysCostOneBatchPerLevelThroughTheExecutor()
    {
        var batches = new List<string>();
        Task<IReadOnlyDictionary<string, string[]>> Fetch(IReadOnlyList<string> keys, CancellationToken ct)
        {
            lock (batches) batches.Add(string.Join(",", keys));
            return Task.FromResult<IReadOnlyDictionary<string, string[]>>(keys.ToDictionary(k => k, k => new[] { k + "1", k + "2" }));
        }

        var executor = Create(
            "type Query { people: [Person] } type Person { id: String friends: [Person] }",
            o =>
            {
                o.PureResolvers["Query"]["people"] = _ => new[] { "a", "b" };
                o.PureResolvers["Person"]["id"] = c => c.Parent;
                o.Resolvers["Person"]["friends"] = async c =>
                {
                    var loaded = await c.BatchDataLoader<string, string[]>(Fetch, "friends").LoadAsync(new[] { (string)c.Parent! }, c.RequestAborted);
                    return loaded[0];
                };
            });

        var json = await executor.RunAsync("{ people { id friends { id friends { id } } } }");

        Assert.Equal(
            J("{'data':{'people':[" +
              "{'id':'a','friends':[{'id':'a1','friends':[{'id':'a11'},{'id':'a12'}]},{'id':'a2','friends':[{'id':'a21'},{'id':'a22'}]}]}," +
              "{'id':'b','friends':[{'id':'b1','friends':[{'id':'b11'},{'id':'b12'}]},{'id':'b2','friends':[{'id':'b21'},{'id':'b22'}]}]}]}}"),
            json);
        Assert.Equal(new[] { "a,b", "a1,a2,b1,b2" }, batches);
    }
}
