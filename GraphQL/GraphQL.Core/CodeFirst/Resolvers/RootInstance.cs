using System.Collections.Concurrent;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.CodeFirst;

/// <summary>
/// The instance of a <c>[QueryType]</c> or <c>[ExtendObjectType]</c> class a resolver runs on: the
/// registered service when there is one, else one instance per request whose constructor parameters
/// come from the request's services (<see cref="ActivatorUtilities"/>; the factory is compiled once).
/// The per-request instance lives in the executor's context data, which is safe for the concurrent
/// resolution of query fields; a context without shared data gets a new instance per call.
/// </summary>
internal static class RootInstance<T> where T : class
{
    private static readonly string s_key = "GraphQL.CodeFirst.Instance:" + typeof(T).FullName;
    private static readonly int s_slot = RootInstanceSlots.Next();
    private static ObjectFactory? s_factory;

    public static T Get(IResolverContext context)
    {
        // Once the request has its instance, the executor's context keeps it in this class's slot.
        var operation = (context as Execution.Processing.FieldTask)?.Operation;
        if (operation?.RootInstanceAt(s_slot) is T kept) return kept;

        var services = context.Services;
        if (services.GetService(typeof(T)) is T registered) return registered;
        if (context.ContextData is not ConcurrentDictionary<string, object?> shared) return Create(services);

        var instance = (T)shared.GetOrAdd(s_key, static (_, provider) => Create(provider), services)!;
        operation?.KeepRootInstance(s_slot, instance);
        return instance;
    }

    private static T Create(IServiceProvider services)
    {
        var factory = s_factory ??= ActivatorUtilities.CreateFactory(typeof(T), Type.EmptyTypes);
        return (T)factory(services, null);
    }
}

/// <summary>Numbers the resolver classes, for the per-request slots of <see cref="Execution.Processing.OperationContext"/>.</summary>
internal static class RootInstanceSlots
{
    private static int s_count;

    public static int Next() => Interlocked.Increment(ref s_count) - 1;
}
