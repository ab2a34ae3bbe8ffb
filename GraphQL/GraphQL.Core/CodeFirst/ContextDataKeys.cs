namespace GraphQL;

/// <summary>
/// Well-known keys of <see cref="GraphQL.Types.IResolverContext.ContextData"/> shared by the
/// transport (which sets them) and resolvers (which read them).
/// </summary>
public static class ContextDataKeys
{
    /// <summary>The <see cref="System.Security.Claims.ClaimsPrincipal"/> of the request (HttpContext.User).</summary>
    public const string User = "ClaimsPrincipal";
}
