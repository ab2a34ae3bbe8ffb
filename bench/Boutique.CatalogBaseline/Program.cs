// The physical limit of the catalog listing (bench/catalog.sh): a hand-written minimal API that runs the
// SQL statements Boutique.Graph sends for listing.graphql (beside this file), in the same round trips, and
// writes the same JSON bytes. No GraphQL: no parsing, validation, planning or resolvers.
//
//   BOUTIQUE_DB="Host=...;Database=..." dotnet Boutique.CatalogBaseline.dll --urls http://127.0.0.1:5471
//   BASELINE_ID_FORMAT=relay|legacy   which product ID strings to write (see ProductIds.cs)
using Boutique.CatalogBaseline;
using Npgsql;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration["BOUTIQUE_DB"]
    ?? throw new InvalidOperationException("Set BOUTIQUE_DB to the Npgsql connection string of the seeded database the API uses.");
builder.Services.AddSingleton(new NpgsqlDataSourceBuilder(connectionString).Build());
builder.Services.AddSingleton(ProductIds.FromName(builder.Configuration["BASELINE_ID_FORMAT"]));
builder.Services.AddSingleton<ListingQuery>();

var app = builder.Build();
app.MapPost("/graphql", ListingEndpoint.HandleAsync);
app.Run();
