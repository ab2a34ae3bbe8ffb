using GraphQL.Authorization;
using GraphQL.Conventions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>AddGraphQL().AddAuthorization()</c>: <c>[Authorize]</c> on fields and classes, checked with ASP.NET Core authorization.</summary>
public static class AuthorizationBuilderExtensions
{
    /// <summary>
    /// Adds ASP.NET Core's authorization services (policies are configured with
    /// <c>services.AddAuthorization(o => o.AddPolicy(...))</c> as usual), the <c>@authorize</c>
    /// directive, and applies <c>[Authorize]</c> written on classes to their fields.
    /// </summary>
    public static GraphQL.IGraphQLBuilder AddAuthorization(this GraphQL.IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAuthorizationCore();
        builder.Services.TryAddSingleton<AuthorizationMarker>();
        return SchemaTransforms.Add(builder, "Authorization", (_, schema) => AuthorizationSetup.Apply(schema));
    }
}
