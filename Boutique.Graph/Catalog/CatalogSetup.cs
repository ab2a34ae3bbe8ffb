using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Boutique.Graph.Catalog;

/// <summary>The catalog area's GraphQL types and HTTP endpoints.</summary>
internal static class CatalogSetup
{
    public static IGraphQLBuilder AddCatalog(this IGraphQLBuilder graphql) => graphql
        .AddQueryType<CatalogQueries>()
        .AddSubscriptionType<CatalogSubscriptions>()
        .AddTypeExtension<ProductExtensions>()
        .AddTypeExtension<CategoryExtensions>()
        .AddTypeExtension<CategoryFacetExtensions>()
        .AddDataLoader<CategoryByIdDataLoader>()
        .AddDataLoader<VariantsByProductIdDataLoader>()
        .AddDataLoader<ImagesByProductIdDataLoader>()
        .AddDataLoader<ProductCountByCategoryDataLoader>()
        .AddDataLoader<DescriptionByProductIdDataLoader>();

    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app) => ImageEndpoint.Map(app);
}
