using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using GraphQL.CodeFirst;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.AspNetCore.Authorization;

namespace GraphQL.Authorization;

/// <summary>
/// Checks the request's user before anything else of the field runs (it is the outermost
/// middleware), so an unauthorized field never reaches its resolver, paging or SQL. The resource
/// passed to policies is the <see cref="IResolverContext"/>, so a policy handler can look at the field.
/// </summary>
internal static class AuthorizationMiddleware
{
    /// <summary>How many authorization steps lead a field's middleware list: others insert after them, never before.</summary>
    public const string CountFeature = "GraphQL.Authorization.Count";

    public static FieldMiddleware Create(AuthorizationRule rule) => next => async context =>
    {
        await AuthorizeAsync(rule, context).ConfigureAwait(false);
        return await next(context).ConfigureAwait(false);
    };

    public static FieldResolverDelegate Wrap(AuthorizationRule[] rules, FieldResolverDelegate next) => async context =>
    {
        foreach (var rule in rules) await AuthorizeAsync(rule, context).ConfigureAwait(false);
        return await next(context).ConfigureAwait(false);
    };

    public static async ValueTask AuthorizeAsync(AuthorizationRule rule, IResolverContext context)
    {
        var user = ContextValues.User(context);
        if (user?.Identity?.IsAuthenticated != true) ThrowNotAuthenticated(context);

        if (rule.Roles.Length > 0 && !IsInAnyRole(user, rule.Roles)) ThrowNotAuthorized(context);

        if (context.Services.GetService(typeof(IAuthorizationService)) is not IAuthorizationService service)
        {
            // Without ASP.NET Core authorization only roles can be checked; a policy cannot be honoured.
            if (rule.Policy is not null) ThrowNotAuthorized(context);
            return;
        }

        AuthorizationResult result;
        if (rule.Policy is not null)
        {
            result = await service.AuthorizeAsync(user, context, rule.Policy).ConfigureAwait(false);
        }
        else if (rule.Roles.Length == 0 && context.Services.GetService(typeof(IAuthorizationPolicyProvider)) is IAuthorizationPolicyProvider provider)
        {
            var policy = await provider.GetDefaultPolicyAsync().ConfigureAwait(false);
            result = await service.AuthorizeAsync(user, context, policy).ConfigureAwait(false);
        }
        else
        {
            return;
        }

        if (!result.Succeeded) ThrowNotAuthorized(context);
    }

    private static bool IsInAnyRole(ClaimsPrincipal user, string[] roles)
    {
        foreach (var role in roles)
        {
            if (user.IsInRole(role)) return true;
        }

        return false;
    }

    [DoesNotReturn]
    private static void ThrowNotAuthenticated(IResolverContext context) =>
        throw new GraphQLException(
            $"The current user is not authenticated and may not access \"{context.ObjectType.Name}.{context.Field.Name}\".",
            AuthorizationErrorCodes.NotAuthenticated);

    [DoesNotReturn]
    private static void ThrowNotAuthorized(IResolverContext context) =>
        throw new GraphQLException(
            $"The current user is not authorized to access \"{context.ObjectType.Name}.{context.Field.Name}\".",
            AuthorizationErrorCodes.NotAuthorized);
}
