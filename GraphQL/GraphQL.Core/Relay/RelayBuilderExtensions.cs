using GraphQL.Conventions;
using GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>AddGraphQL().AddGlobalObjectIdentification()</c>: Relay's <c>Node</c>, global IDs, <c>node</c> and <c>nodes</c>.</summary>
public static class RelayBuilderExtensions
{
    public static GraphQL.IGraphQLBuilder AddGlobalObjectIdentification(this GraphQL.IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<RelayMarker>();
        return SchemaTransforms.Add(builder, "GlobalObjectIdentification", (_, schema) => RelaySetup.Apply(schema));
    }
}
