using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.CodeFirst;

/// <summary>
/// The instance of a <c>[QueryType]</c> or <c>[ExtendObjectType]</c> class a resolver runs on: the
/// registered service when there is one, else a new instance whose constructor parameters come from
/// the request's services (<see cref="ActivatorUtilities"/>; the factory is compiled once).
/// </summary>
internal static class RootInstance<T> where T : class
{
    private static ObjectFactory? s_factory;

    public static T Get(IResolverContext context)
    {
        var services = context.Services;
        if (services.GetService(typeof(T)) is T registered) return registered;
        var factory = s_factory ??= ActivatorUtilities.CreateFactory(typeof(T), Type.EmptyTypes);
        return (T)factory(services, null);
    }
}
