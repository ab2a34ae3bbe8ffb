// The benchmark peer: the fixed benchmark schema served by MapGraphQL, compared side by side with the
// Node peers in bench/. Run: dotnet run -c Release --project bench/GraphQL.PeerServer -- --urls http://127.0.0.1:5090
using GraphQL.PeerServer;

// One-core host profile (PEER_HOST=default turns it off; bench/http.sh measures both): bench/http.sh
// pins each server to one core, where Node serves every request on its one event-loop thread. Kestrel's
// defaults hand each socket completion to the thread pool and each request to another pool thread; on a
// single core those hops are context switches. Inline scheduling runs socket completions and the request
// on the epoll thread, as Node does; it is only safe when nothing blocks a thread, which holds for this
// schema's synchronous resolvers and the toolkit's async pipeline. The environment variable must be set
// before the first socket exists (System.Net.Sockets reads it once). Workstation GC: see the .csproj.
var oneCoreHost = Environment.GetEnvironmentVariable("PEER_HOST") != "default";
if (oneCoreHost) Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
if (oneCoreHost) builder.WebHost.UseSockets(options => options.UnsafePreferInlineScheduling = true);
builder.Services.AddGraphQLServer().AddSchema(_ => BenchmarkSchema.Create());

var app = builder.Build();
app.MapGraphQL("/graphql");

// The transport's ceiling on this machine: a constant GraphQL-shaped answer with no parsing or execution
// (bench/http.sh measures it next to /graphql).
var baseline = """{"data":{"hello":"Hello, world!"}}"""u8.ToArray();
app.MapPost("/baseline", (HttpContext context) =>
{
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    context.Response.ContentLength = baseline.Length;
    return context.Response.Body.WriteAsync(baseline, 0, baseline.Length, context.RequestAborted);
});
app.Run();
