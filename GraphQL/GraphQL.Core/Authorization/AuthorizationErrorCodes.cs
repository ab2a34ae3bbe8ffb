namespace GraphQL.Authorization;

/// <summary>The stable <c>extensions.code</c> values of authorization errors (see <c>docs/graphql-errors.md</c>).</summary>
public static class AuthorizationErrorCodes
{
    /// <summary>The field needs an authenticated user and the request has none.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The user is authenticated but not in the roles or not satisfying the policy.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
