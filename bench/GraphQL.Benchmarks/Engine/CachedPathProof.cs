using GraphQL.Execution;
using GraphQL.Execution.Serialization;

namespace GraphQL.Benchmarks.Engine;

/// <summary>
/// Checks, before anything is measured, that each benchmark does the work its name says: the cached
/// requests (by id and by text) parse, validate and plan nothing, the uncached ones parse, validate and
/// plan every time, and every response has data and no errors. A failed check stops the run.
/// </summary>
internal static class CachedPathProof
{
    private const int Requests = 20;

    public static void Run(EngineCase engineCase, GraphQLRequest byId, GraphQLRequest byText, GraphQLRequest[] uncached)
    {
        // Warm-up: the first request by id reads the persisted document, parses, validates and plans it.
        Expect(engineCase.Cached, byId);

        var before = PipelineCounters.Read(engineCase.Cached);
        for (var i = 0; i < Requests; i++) Expect(engineCase.Cached, byId);
        Check(PipelineCounters.Read(engineCase.Cached) - before, new PipelineCounters(0, 0, 0), "execute by persisted id (cached)");

        Expect(engineCase.Cached, byText);
        before = PipelineCounters.Read(engineCase.Cached);
        for (var i = 0; i < Requests; i++) Expect(engineCase.Cached, byText);
        Check(PipelineCounters.Read(engineCase.Cached) - before, new PipelineCounters(0, 0, 0), "end-to-end with a cached text");

        before = PipelineCounters.Read(engineCase.Uncached);
        for (var i = 0; i < Requests; i++) Expect(engineCase.Uncached, uncached[i & 1]);
        Check(PipelineCounters.Read(engineCase.Uncached) - before, new PipelineCounters(Requests, Requests, Requests), "end-to-end without the cache");

        Console.WriteLine($"// {engineCase.Name}: cached requests parsed, validated and planned nothing; uncached ones did all three each time.");
    }

    private static void Expect(IRequestExecutor executor, GraphQLRequest request)
    {
        var result = executor.ExecuteAsync(request).GetAwaiter().GetResult();
        if (result.Errors is { Count: > 0 } errors || !result.HasData)
        {
            var json = System.Text.Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result));
            throw new InvalidOperationException($"The benchmark request failed: {json}");
        }
    }

    private static void Check(PipelineCounters actual, PipelineCounters expected, string what)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException(
                $"{what}: expected {expected} more parses/validations/plans over {Requests} requests, got {actual}.");
        }
    }
}
