using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Execution.Processing;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>Values compiled resolvers take from the context besides arguments: services and the user.</summary>
internal static class ContextValues
{
    private static readonly ClaimsPrincipal s_anonymous = new(new ClaimsIdentity());

    public static T RequiredService<T>(IResolverContext context, string member) where T : notnull =>
        context.Services.GetService(typeof(T)) is T service ? service : ThrowMissingService<T>(member);

    public static T? OptionalService<T>(IResolverContext context) => context.Services.GetService(typeof(T)) is T service ? service : default;

    /// <summary>
    /// The request's user: the executor's (<c>GraphQLRequest.User</c>), else <see cref="ContextDataKeys.User"/>
    /// of the context data, or null when there is none.
    /// </summary>
    public static ClaimsPrincipal? User(IResolverContext context)
    {
        if (context is FieldTask { Operation.User: { } user }) return user;
        return context.ContextData.TryGetValue(ContextDataKeys.User, out var value) ? value as ClaimsPrincipal : null;
    }

    /// <summary>The request's instance of a DataLoader (one per request, spec-independent batching); outside the executor, a service.</summary>
    public static T DataLoader<T>(IResolverContext context, string member) where T : class, IDataLoader =>
        context is FieldTask ? context.DataLoader<T>() : RequiredService<T>(context, member);

    /// <summary>The request's user, or an unauthenticated principal for a non-nullable parameter.</summary>
    public static ClaimsPrincipal RequiredUser(IResolverContext context) => User(context) ?? s_anonymous;

    [DoesNotReturn]
    private static T ThrowMissingService<T>(string member) =>
        throw new InvalidOperationException($"No service of type \"{TypeShape.DisplayName(typeof(T))}\" is registered, and the resolver \"{member}\" needs one.");
}
