using Boutique.Data;
using Boutique.Graph.Catalog;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;

namespace Boutique.Graph.Hosting;

/// <summary>The GraphQL server: one schema, each area adding its types (Catalog now; Accounts, Cart, … later).</summary>
internal static class GraphQLSetup
{
    public const string Path = "/graphql";

    public static void AddBoutiqueGraphQL(this WebApplicationBuilder builder)
    {
        var graphql = builder.Services
        .AddGraphQLServer()
        .ModifyOptions(o => o.IncludeExceptionDetails = !builder.Environment.IsProduction())
        .AddErrorFilter<DatabaseErrorFilter>()
        .RegisterDbContextFactory<BoutiqueDbContext>()
        .ModifyPagingOptions(o =>
        {
            o.DefaultPageSize = CatalogLimits.DefaultPageSize;
            o.MaxPageSize = CatalogLimits.MaxPageSize;
        })
        .AddCatalog()
        .AddGlobalObjectIdentification();

        // Several API instances share one database: LISTEN/NOTIFY carries each event to all of them. The
        // connection string is read from the settings service, as the DbContexts read it.
        if (BoutiqueSettings.From(builder.Configuration).InMemorySubscriptions)
        {
            graphql.AddInMemorySubscriptions();
        }
        else
        {
            graphql.AddPostgresSubscriptions(sp => sp.GetRequiredService<BoutiqueSettings>().ConnectionString);
        }
    }

    public static void MapBoutiqueGraphQL(this WebApplication app)
    {
        app.MapGraphQL(Path);
        app.MapCatalogEndpoints();
    }

    /// <summary>The SDL of the running schema, as committed in <c>schema.graphql</c>.</summary>
    public static string PrintSchema(IServiceProvider services) =>
        SchemaPrinter.Print(services.GetRequiredService<IRequestExecutor>().Schema).TrimEnd() + "\n";
}
