namespace GraphQL;

/// <summary>
/// Marks the method that loads a <c>[Node]</c> type by its key for <c>node(id:)</c>: static, or an
/// instance method of a class created with the request's services. Its first parameter named
/// <c>id</c> (or the first that is no service) receives the key; others may be services, a
/// <c>DbContext</c> (own instance from <c>IDbContextFactory</c> when registered) or the <c>CancellationToken</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class NodeResolverAttribute : Attribute
{
}
