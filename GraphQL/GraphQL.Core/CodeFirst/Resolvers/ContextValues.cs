using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>Values compiled resolvers take from the context besides arguments: services and the user.</summary>
internal static class ContextValues
{
    private static readonly ClaimsPrincipal s_anonymous = new(new ClaimsIdentity());

    public static T RequiredService<T>(IResolverContext context, string member) where T : notnull =>
        context.Services.GetService(typeof(T)) is T service ? service : ThrowMissingService<T>(member);

    public static T? OptionalService<T>(IResolverContext context) => context.Services.GetService(typeof(T)) is T service ? service : default;

    /// <summary>The request's user (<see cref="ContextDataKeys.User"/>), or null when the transport set none.</summary>
    public static ClaimsPrincipal? User(IResolverContext context) =>
        context.ContextData.TryGetValue(ContextDataKeys.User, out var value) ? value as ClaimsPrincipal : null;

    /// <summary>The request's user, or an unauthenticated principal for a non-nullable parameter.</summary>
    public static ClaimsPrincipal RequiredUser(IResolverContext context) => User(context) ?? s_anonymous;

    [DoesNotReturn]
    private static T ThrowMissingService<T>(string member) =>
        throw new InvalidOperationException($"No service of type \"{TypeShape.DisplayName(typeof(T))}\" is registered, and the resolver \"{member}\" needs one.");
}
