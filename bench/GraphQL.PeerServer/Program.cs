// The benchmark peer: the fixed benchmark schema served by MapGraphQL, compared side by side with the
// Node peers in bench/. Run: dotnet run -c Release --project bench/GraphQL.PeerServer -- --urls http://127.0.0.1:5090
using GraphQL.PeerServer;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddGraphQLServer().AddSchema(_ => BenchmarkSchema.Create());

var app = builder.Build();
app.MapGraphQL("/graphql");
app.Run();
