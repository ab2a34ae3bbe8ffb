using System.Text;
using BenchmarkDotNet.Attributes;
using GraphQL.AspNetCore;
using GraphQL.PeerServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQL.Benchmarks.Http;

/// <summary>
/// One GraphQL over HTTP POST through the real ASP.NET Core pipeline (hosting, routing, <c>MapGraphQL</c>,
/// body reading, execution, response writing), in process, so that the bytes allocated per request are
/// visible — which bench/http.sh (wrk against Kestrel) cannot show. The server is bench/GraphQL.PeerServer's:
/// the same schema and the same two documents as the Node peers (docs/performance.md, "HTTP server vs Node peers").
/// <para>
/// <see cref="TestServer"/> replaces Kestrel's socket and HTTP/1.1 parsing with its own request and response
/// streams, and allocates per request for that; <see cref="Baseline"/> (a constant answer, the peer's
/// <c>/baseline</c>) measures that floor, so <c>Post - Baseline</c> is what the GraphQL endpoint costs.
/// </para>
/// </summary>
[MemoryDiagnoser]
public class HttpBenchmarks
{
    private static readonly byte[] s_baseline = """{"data":{"hello":"Hello, world!"}}"""u8.ToArray();

    private WebApplication _app = null!;
    private TestServer _server = null!;
    private byte[] _body = null!;

    [Params("hello", "users")]
    public string Case { get; set; } = "hello";

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQLServer().AddSchema(_ => BenchmarkSchema.Create());
        _app = builder.Build();
        _app.MapGraphQL("/graphql");
        _app.MapPost("/baseline", static (HttpContext context) =>
        {
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = s_baseline.Length;
            return context.Response.Body.WriteAsync(s_baseline, 0, s_baseline.Length, context.RequestAborted);
        });
        _app.StartAsync().GetAwaiter().GetResult();
        _server = _app.GetTestServer();

        var query = Case == "hello" ? "{ hello }" : "{ users(first: 10) { id name friends { id name } } }";
        _body = Encoding.UTF8.GetBytes($$"""{"query":"{{query}}"}""");

        // A wrong answer would make the figures meaningless: check it once.
        var context = Send("/graphql").GetAwaiter().GetResult();
        using var reader = new StreamReader(context.Response.Body);
        var text = reader.ReadToEnd();
        if (context.Response.StatusCode != 200 || !text.StartsWith("{\"data\":{", StringComparison.Ordinal) || text.Contains("errors", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The {Case} request answered {context.Response.StatusCode}: {text}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> Post() => (await Send("/graphql").ConfigureAwait(false)).Response.StatusCode;

    [Benchmark]
    public async Task<int> Baseline() => (await Send("/baseline").ConfigureAwait(false)).Response.StatusCode;

    private Task<HttpContext> Send(string path) => _server.SendAsync(context =>
    {
        var request = context.Request;
        request.Method = HttpMethods.Post;
        request.Path = path;
        request.ContentType = "application/json";
        request.ContentLength = _body.Length;
        request.Headers.Accept = "application/graphql-response+json";
        request.Body = new MemoryStream(_body, writable: false);
    });
}
