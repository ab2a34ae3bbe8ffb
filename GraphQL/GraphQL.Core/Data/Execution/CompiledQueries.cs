using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace GraphQL.Data.Execution;

/// <summary>Builds the compiled query of a shape and the delegate that calls it with the shape's values.</summary>
internal static class CompiledQueries
{
    private static readonly MethodInfo[] s_compileAsync = typeof(EF).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name == nameof(EF.CompileAsyncQuery)).ToArray();

    private static readonly MethodInfo s_count = new Func<IQueryable<object>, int>(Queryable.Count).Method.GetGenericMethodDefinition();

    /// <summary>A field's cache of compiled queries for the rows of queries of <typeparamref name="T"/>.</summary>
    public static CompiledQueryCache<IAsyncEnumerable<T>> ForRows<T>() => new(Rows<T>);

    /// <summary>A field's cache of compiled queries for the counts of queries of <typeparamref name="T"/>.</summary>
    public static CompiledQueryCache<Task<int>> ForCount<T>() => new(Count<T>);

    private static Func<DbContext, object?[], CancellationToken, IAsyncEnumerable<T>> Rows<T>(QueryShape shape)
    {
        // EF.CompileAsyncQuery<TContext, T1..Tn, T>(Expression<Func<TContext, T1..Tn, IQueryable<T>>>)
        var context = Expression.Parameter(typeof(DbContext), "context");
        var types = Array.ConvertAll(shape.Parameters, p => p.Type);
        var lambda = Expression.Lambda(Expression.GetFuncType([typeof(DbContext), .. types, typeof(IQueryable<T>)]), shape.Body, [context, .. shape.Parameters]);
        var compile = Find(types.Length, cancellable: false, typeof(IQueryable<>)).MakeGenericMethod([typeof(DbContext), .. types, typeof(T)]);
        return Invoker<IAsyncEnumerable<T>>((Delegate)compile.Invoke(null, [lambda])!, types, cancellable: false);
    }

    private static Func<DbContext, object?[], CancellationToken, Task<int>> Count<T>(QueryShape shape)
    {
        // EF.CompileAsyncQuery<TContext, T1..Tn, int>(Expression<Func<TContext, T1..Tn, CancellationToken, int>>)
        var context = Expression.Parameter(typeof(DbContext), "context");
        var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        var types = Array.ConvertAll(shape.Parameters, p => p.Type);
        var body = Expression.Call(s_count.MakeGenericMethod(typeof(T)), shape.Body);
        var lambda = Expression.Lambda(Expression.GetFuncType([typeof(DbContext), .. types, typeof(CancellationToken), typeof(int)]), body, [context, .. shape.Parameters, cancellation]);
        var compile = Find(types.Length, cancellable: true, null).MakeGenericMethod([typeof(DbContext), .. types, typeof(int)]);
        return Invoker<Task<int>>((Delegate)compile.Invoke(null, [lambda])!, types, cancellable: true);
    }

    /// <summary>The overload of <c>EF.CompileAsyncQuery</c> for <paramref name="count"/> values returning a queryable or (cancellable) a scalar.</summary>
    private static MethodInfo Find(int count, bool cancellable, Type? queryable)
    {
        foreach (var method in s_compileAsync)
        {
            var generics = method.GetGenericArguments();
            if (generics.Length != count + 2) continue;
            var func = method.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments();
            if (func.Length != count + (cancellable ? 3 : 2)) continue;
            if (cancellable != (func[^2] == typeof(CancellationToken))) continue;
            var result = func[^1];
            if (queryable is null ? result == generics[^1] : result.IsGenericType && result.GetGenericTypeDefinition() == queryable) return method;
        }

        throw new InvalidOperationException($"EF.CompileAsyncQuery has no overload for {count} values.");
    }

    /// <summary><c>(context, values, token) =&gt; compiled(context, (T1)values[0], …[, token])</c>, compiled once per shape.</summary>
    private static Func<DbContext, object?[], CancellationToken, TResult> Invoker<TResult>(Delegate compiled, Type[] types, bool cancellable)
    {
        var context = Expression.Parameter(typeof(DbContext), "context");
        var values = Expression.Parameter(typeof(object[]), "values");
        var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        var arguments = new List<Expression> { context };
        for (var i = 0; i < types.Length; i++) arguments.Add(Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), types[i]));
        if (cancellable) arguments.Add(cancellation);
        var call = Expression.Invoke(Expression.Constant(compiled), arguments);
        return Expression.Lambda<Func<DbContext, object?[], CancellationToken, TResult>>(call, context, values, cancellation).Compile();
    }
}
