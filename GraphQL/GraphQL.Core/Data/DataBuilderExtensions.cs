using GraphQL.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>AddGraphQL().ModifyPagingOptions(o => o.MaxPageSize = 100)</c>: the data middleware's defaults.</summary>
public static class DataBuilderExtensions
{
    public static GraphQL.IGraphQLBuilder ModifyPagingOptions(this GraphQL.IGraphQLBuilder builder, Action<PagingOptions> modify)
    {
        var options = new PagingOptions();
        modify(options);
        builder.Services.RemoveAll<PagingOptions>();
        builder.Services.AddSingleton(options);
        return builder;
    }

    public static GraphQL.IGraphQLBuilder ModifyFilterOptions(this GraphQL.IGraphQLBuilder builder, Action<FilterOptions> modify)
    {
        var options = new FilterOptions();
        modify(options);
        builder.Services.RemoveAll<FilterOptions>();
        builder.Services.AddSingleton(options);
        return builder;
    }
}
