namespace GraphQL.Authorization;

/// <summary>One <c>[Authorize]</c>, parsed once at schema build: roles split, policy kept by name.</summary>
internal sealed class AuthorizationRule
{
    private AuthorizationRule(string? policy, string[] roles)
    {
        Policy = policy;
        Roles = roles;
    }

    public string? Policy { get; }
    public string[] Roles { get; }

    public static AuthorizationRule From(AuthorizeAttribute attribute)
    {
        var roles = attribute.Roles is { Length: > 0 } text
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : Array.Empty<string>();
        return new AuthorizationRule(string.IsNullOrWhiteSpace(attribute.Policy) ? null : attribute.Policy, roles);
    }
}
