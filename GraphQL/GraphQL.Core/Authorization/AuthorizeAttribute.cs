using System.Reflection;
using GraphQL.Authorization;
using GraphQL.Data.Execution;

namespace GraphQL;

/// <summary>
/// Restricts a field, or every field of a class (object type, <c>[QueryType]</c> or
/// <c>[ExtendObjectType]</c> class), to users who pass ASP.NET Core authorization: authenticated,
/// in one of <see cref="Roles"/> when given, and satisfying <see cref="Policy"/> when given.
/// A failing field is null with an <c>AUTH_NOT_AUTHENTICATED</c> or <c>AUTH_NOT_AUTHORIZED</c>
/// error, and runs no resolver and no data middleware. Type-level use needs
/// <c>AddGraphQL().AddAuthorization()</c>; ASP.NET's <c>[AllowAnonymous]</c> exempts a field of an
/// authorized class. The schema shows each rule as <c>@authorize</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : ObjectFieldDescriptorAttribute
{
    public AuthorizeAttribute() => Order = DataMiddlewareOrder.Authorization;

    public AuthorizeAttribute(string policy) : this() => Policy = policy;

    /// <summary>The name of an ASP.NET Core authorization policy the user must satisfy.</summary>
    public string? Policy { get; set; }

    /// <summary>Comma-separated roles; the user must be in at least one (<c>"Admin,Editor"</c>).</summary>
    public string? Roles { get; set; }

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
    {
        var rule = AuthorizationRule.From(this);
        descriptor.Directives.Add(AuthorizeDirective.Apply(rule));
        descriptor.Middleware.Insert(0, AuthorizationMiddleware.Create(rule));
        descriptor.Features[AuthorizationMiddleware.CountFeature] =
            (descriptor.Features.TryGetValue(AuthorizationMiddleware.CountFeature, out var count) ? (int)count! : 0) + 1;
        if (!AuthorizationSetup.IsRegistered(context))
        {
            context.ReportError(
                $"[Authorize] on \"{QueryExecution.Describe(descriptor)}\" needs the authorization services: call AddGraphQL().AddAuthorization().");
        }
    }
}
