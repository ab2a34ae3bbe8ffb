// The benchmark peer: the fixed benchmark schema served by MapGraphQL, compared side by side with the
// Node peers in bench/. Run: dotnet run -c Release --project bench/GraphQL.PeerServer -- --urls http://127.0.0.1:5090
using GraphQL.PeerServer;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddGraphQLServer().AddSchema(_ => BenchmarkSchema.Create());

var app = builder.Build();
app.MapGraphQL("/graphql");

// The transport's ceiling on this machine: a constant GraphQL-shaped answer with no parsing or execution
// (bench/http.sh --baseline measures it next to /graphql).
var baseline = """{"data":{"hello":"Hello, world!"}}"""u8.ToArray();
app.MapPost("/baseline", (HttpContext context) =>
{
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    context.Response.ContentLength = baseline.Length;
    return context.Response.Body.WriteAsync(baseline, 0, baseline.Length, context.RequestAborted);
});
app.Run();
