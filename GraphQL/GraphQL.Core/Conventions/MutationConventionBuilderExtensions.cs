using GraphQL.Conventions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>AddGraphQL().AddMutationConventions()</c>: every mutation in input/payload/errors shape.</summary>
public static class MutationConventionBuilderExtensions
{
    public static GraphQL.IGraphQLBuilder AddMutationConventions(this GraphQL.IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<MutationConventionMarker>();
        return SchemaTransforms.Add(builder, "MutationConventions", (_, schema) => MutationConventionTransform.Apply(schema));
    }
}
