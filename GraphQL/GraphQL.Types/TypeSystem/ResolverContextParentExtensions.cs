namespace GraphQL.Types;

/// <summary><see cref="IResolverContext.Parent"/> as the type a resolver expects.</summary>
public static class ResolverContextParentExtensions
{
    /// <summary>
    /// The parent as <typeparamref name="T"/>: the parent itself when it is one, <c>default</c> for no
    /// parent, else <see cref="IResolverContext.GetParent(System.Type)"/>'s conversion. An extension rather
    /// than a generic interface method: a generic method called through an interface is resolved by the
    /// runtime's generic-virtual lookup on every call (a callgrind profile put it at about 12k of the
    /// executor's 55k instructions for bench/http.sh's users document), where this is a type test.
    /// </summary>
    public static T GetParent<T>(this IResolverContext context) => context.Parent switch
    {
        T parent => parent,
        null => default!,
        _ => (T)context.GetParent(typeof(T))!,
    };
}
