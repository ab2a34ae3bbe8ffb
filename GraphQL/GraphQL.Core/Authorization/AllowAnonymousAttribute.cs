using Microsoft.AspNetCore.Authorization;

namespace GraphQL;

/// <summary>
/// Exempts a field from the <c>[Authorize]</c> of its class. ASP.NET Core's own
/// <c>[AllowAnonymous]</c> is honoured too, but it cannot be written on properties; this one can.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class AllowAnonymousAttribute : Attribute, IAllowAnonymous
{
}
