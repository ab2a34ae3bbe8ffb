using BenchmarkDotNet.Attributes;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.Benchmarks.Engine;

/// <summary>
/// The engine's phases on the three documents that bench/node runs through graphql-js and graphql-jit
/// (docs/performance.md, "GraphQL engine"):
/// <list type="bullet">
/// <item><see cref="Parse"/>: <c>Parser.Parse</c> of the text (graphql-js <c>parse</c>).</item>
/// <item><see cref="Validate"/>: every spec §5 rule over the parsed document (graphql-js <c>validate</c>).</item>
/// <item><see cref="Execute"/>: a request for a cached document (by persisted id: no hashing, parsing,
/// validation or planning), written to UTF-8 JSON (graphql-js <c>execute</c> + <c>JSON.stringify</c>).</item>
/// <item><see cref="EndToEndCached"/>: a request with the text, as a client sends it: hash, cache hit, execute, write.</item>
/// <item><see cref="EndToEndUncached"/>: a request whose document is not cached: parse, validate, plan, execute,
/// write (graphql-js <c>parse</c> + <c>validate</c> + <c>execute</c> + <c>JSON.stringify</c>).</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private EngineCase _case = null!;
    private DocumentNode _document = null!;
    private GraphQLRequest _byId = null!;
    private GraphQLRequest _byText = null!;
    private GraphQLRequest[] _uncached = null!;
    private int _turn;

    [Params("hello", "introspection", "users")]
    public string Case { get; set; } = "hello";

    [GlobalSetup]
    public void Setup()
    {
        _case = EngineCase.Create(Case);
        _document = Parser.Parse(_case.Text);
        var validation = DocumentValidator.Validate(_case.Schema, _document);
        if (!validation.IsValid) throw new InvalidOperationException($"The {Case} document is invalid: {validation.Errors[0].Message}");

        var services = _case.RequestServices;
        _byId = new GraphQLRequest { DocumentId = EngineCase.DocumentId, Services = services };
        _byText = new GraphQLRequest { Query = _case.Text, Services = services };
        _uncached = new[]
        {
            new GraphQLRequest { Query = _case.UncachedTexts[0], Services = services },
            new GraphQLRequest { Query = _case.UncachedTexts[1], Services = services },
        };

        CachedPathProof.Run(_case, _byId, _byText, _uncached);
    }

    [GlobalCleanup]
    public void Cleanup() => _case.Dispose();

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_case.Text);

    [Benchmark]
    public ValidationResult Validate() => DocumentValidator.Validate(_case.Schema, _document);

    [Benchmark]
    public Task<int> Execute() => Run(_case.Cached, _byId);

    [Benchmark]
    public Task<int> EndToEndCached() => Run(_case.Cached, _byText);

    [Benchmark]
    public Task<int> EndToEndUncached() => Run(_case.Uncached, _uncached[_turn ^= 1]);

    internal static async Task<int> Run(IRequestExecutor executor, GraphQLRequest request)
    {
        var result = await executor.ExecuteAsync(request).ConfigureAwait(false);
        return ExecutionResultWriter.ToUtf8Bytes(result).Length;
    }
}
