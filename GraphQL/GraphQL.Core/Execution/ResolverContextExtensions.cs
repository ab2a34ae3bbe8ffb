using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Execution.Processing;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>What the executor adds to <see cref="IResolverContext"/>: DataLoaders, the user, the response path.</summary>
public static class ResolverContextExtensions
{
    /// <summary>The request's DataLoaders.</summary>
    public static IDataLoaderScope DataLoaders(this IResolverContext context) =>
        AsTask(context).Operation.GetDataLoaders();

    /// <summary>The request's instance of the DataLoader <typeparamref name="T"/>.</summary>
    public static T DataLoader<T>(this IResolverContext context) where T : class, IDataLoader =>
        context.DataLoaders().GetDataLoader<T>();

    /// <summary>An ad-hoc batch DataLoader named <paramref name="key"/>, created on first use in the request.</summary>
    public static IDataLoader<TKey, TValue> BatchDataLoader<TKey, TValue>(
        this IResolverContext context,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        string key)
        where TKey : notnull
    {
        var scope = context.DataLoaders();

        // The executor's scope takes the fetch as state: no closure per call (this runs once per field).
        return scope is DataLoaderScope own
            ? own.GetOrRegister(key, fetch, static f => new FuncBatchDataLoader<TKey, TValue>(f))
            : scope.GetOrRegister(key, () => new FuncBatchDataLoader<TKey, TValue>(fetch));
    }

    /// <summary>The authenticated user of the request, if any.</summary>
    public static ClaimsPrincipal? User(this IResolverContext context) => AsTask(context).Operation.User;

    /// <summary>The response path of the field: keys and list indices.</summary>
    public static IReadOnlyList<object> Path(this IResolverContext context) => AsTask(context).Path;

    private static FieldTask AsTask(IResolverContext context) =>
        context as FieldTask ?? throw new InvalidOperationException("This resolver context does not come from the GraphQL executor.");
}
