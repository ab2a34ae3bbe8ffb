using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// Turns what a resolver method returns into the <see cref="ValueTask{TResult}"/> of
/// <see cref="FieldDelegate"/>: compiled resolvers call the generic method that fits the return
/// type, chosen once when the schema is built.
/// </summary>
internal static class ResultAdapters
{
    /// <summary><c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c> unwrapped to <c>T</c> with its nullability.</summary>
    public static (Type Type, NullabilityInfo? Info) UnwrapTask(Type type, NullabilityInfo? info)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(ValueTask<>))
            {
                return (type.GetGenericArguments()[0], info?.GenericTypeArguments.FirstOrDefault());
            }
        }

        return (type, info);
    }

    public static ValueTask<object?> FromValue(object? value) => new(value);

    /// <summary>A finished task's value as is; a pending one through a pooled source (no state machine per field).</summary>
    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : TaskResultSource<T>.Await(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    /// <summary>An <see cref="IAsyncEnumerable{T}"/> returned by a query or mutation field is read to the end as a list.</summary>
    public static async ValueTask<object?> FromAsyncEnumerable<T>(IAsyncEnumerable<T>? source, CancellationToken cancellationToken)
    {
        if (source is null) return null;
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false)) list.Add(item);
        return list;
    }

    /// <summary>
    /// Wraps a field whose value is an <see cref="IQueryable{T}"/> so that a query provider that can
    /// run asynchronously (EF Core's queryables are <see cref="IAsyncEnumerable{T}"/>) is read with
    /// <c>await foreach</c> instead of blocking a thread on the database; other queryables are kept.
    /// </summary>
    public static FieldDelegate? MaterializeQueryable(Type? resultType, FieldDelegate next)
    {
        if (resultType is not { IsGenericType: true } || resultType.GetGenericTypeDefinition() != typeof(IQueryable<>)) return null;
        var read = (Func<object?, CancellationToken, ValueTask<object?>>)Delegate.CreateDelegate(
            typeof(Func<object?, CancellationToken, ValueTask<object?>>), Method(nameof(ReadQueryable), resultType.GetGenericArguments()[0]));
        return async context => await read(await next(context).ConfigureAwait(false), context.RequestAborted).ConfigureAwait(false);
    }

    public static ValueTask<object?> ReadQueryable<T>(object? value, CancellationToken cancellationToken) =>
        value is IAsyncEnumerable<T> source ? FromAsyncEnumerable(source, cancellationToken) : new ValueTask<object?>(value);

    /// <summary>A subscription's source stream (spec §6.2.3.1) from a method returning <c>IAsyncEnumerable&lt;T&gt;</c>.</summary>
    public static ValueTask<IAsyncEnumerable<object?>> StreamFromValue<T>(IAsyncEnumerable<T> source) => new(Box(source));

    public static async ValueTask<IAsyncEnumerable<object?>> StreamFromTask<T>(Task<IAsyncEnumerable<T>> task) => Box(await task.ConfigureAwait(false));

    public static async ValueTask<IAsyncEnumerable<object?>> StreamFromValueTask<T>(ValueTask<IAsyncEnumerable<T>> task) => Box(await task.ConfigureAwait(false));

    public static MethodInfo Method(string name, Type typeArgument) =>
        typeof(ResultAdapters).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(typeArgument);

    private static IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source) =>
        source as IAsyncEnumerable<object?> ?? BoxItems(source, default);

    private static async IAsyncEnumerable<object?> BoxItems<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return item;
    }

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);
}
