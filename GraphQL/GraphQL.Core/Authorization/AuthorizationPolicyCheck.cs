using GraphQL.Language;
using GraphQL.Types;
using Microsoft.AspNetCore.Authorization;

namespace GraphQL.Authorization;

/// <summary>
/// Checks at schema build that every policy named by an <c>@authorize</c> is known to the
/// application's <see cref="IAuthorizationPolicyProvider"/>: a misspelt policy otherwise surfaces only
/// when a user first asks for the field, as an internal error from the authorization service.
/// </summary>
internal static class AuthorizationPolicyCheck
{
    public static Schema Check(IServiceProvider services, Schema schema)
    {
        if (services.GetService(typeof(IAuthorizationPolicyProvider)) is not IAuthorizationPolicyProvider provider) return schema;

        var errors = new List<string>();
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var type in schema.Types)
        {
            if (type is not ComplexType complex || complex.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            foreach (var field in complex.Fields)
            {
                foreach (var directive in field.Directives)
                {
                    if (directive.Name.Value != AuthorizeDirective.Name || PolicyOf(directive) is not { } policy) continue;
                    if (!known.TryGetValue(policy, out var exists)) known[policy] = exists = Exists(provider, policy);
                    if (!exists) errors.Add($"The authorization policy \"{policy}\" used by \"{complex.Name}.{field.Name}\" is not registered.");
                }
            }
        }

        return errors.Count == 0 ? schema : throw new SchemaException(errors);
    }

    private static string? PolicyOf(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "policy" && argument.Value is StringValueNode text) return text.Value;
        }

        return null;
    }

    /// <summary>
    /// The schema factory is synchronous; ASP.NET Core's default provider answers from its options
    /// without awaiting, and a custom one is asked once per policy name at build, never per request.
    /// </summary>
    private static bool Exists(IAuthorizationPolicyProvider provider, string policy) =>
        provider.GetPolicyAsync(policy).GetAwaiter().GetResult() is not null;
}
