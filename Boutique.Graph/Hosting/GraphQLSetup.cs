using Boutique.Data;
using Boutique.Graph.Catalog;
using Boutique.Graph.Nodes;
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
        builder.Services.ConfigureDbContext<BoutiqueDbContext>(o => o.AddInterceptors(ProjectionNullCheckInterceptor.Instance));
        builder.Services
        .AddGraphQLServer()
        .ModifyOptions(o => o.IncludeExceptionDetails = !builder.Environment.IsProduction())
        .RegisterDbContextFactory<BoutiqueDbContext>()
        .ModifyPagingOptions(o =>
        {
            o.DefaultPageSize = CatalogLimits.DefaultPageSize;
            o.MaxPageSize = CatalogLimits.MaxPageSize;
        })
        .AddInMemorySubscriptions()
        .AddQueryType<NodeQueries>()
        .AddCatalog();
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
