using System.Reflection;
using GraphQL.Conventions;
using GraphQL.Data.Execution;
using GraphQL.Data.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphQL.Data.DbContexts;

/// <summary>
/// Wraps every field whose resolver takes a <typeparamref name="TContext"/> parameter: opens a
/// <see cref="FieldDbContextScope{TContext}"/> around the whole field pipeline (outside paging,
/// filtering and projection, which run their query inside), materialises a query the resolver
/// returned bare, then disposes the context before the executor completes the value.
/// </summary>
internal static class FieldDbContextMiddleware
{
    public static Schema Apply<TContext>(Schema schema) where TContext : DbContext
    {
        foreach (var type in SchemaTransforms.ObjectTypes(schema))
        {
            foreach (var field in type.Fields)
            {
                if (field.Features.TryGetValue(CodeFirstFeatures.Member, out var m) && m is MethodInfo method && TakesContext<TContext>(method))
                {
                    var materialize = CreateMaterializer(field);
                    SchemaTransforms.Wrap(field, inner => context => InvokeAsync<TContext>(inner, materialize, context));
                }
            }
        }

        return schema;
    }

    private static bool TakesContext<TContext>(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (typeof(TContext).IsAssignableFrom(parameter.ParameterType) && parameter.ParameterType != typeof(object)) return true;
        }

        return false;
    }

    private static async ValueTask<object?> InvokeAsync<TContext>(
        FieldResolverDelegate inner, Func<object?, CancellationToken, ValueTask<object?>>? materialize, IResolverContext context)
        where TContext : DbContext
    {
        var scope = FieldDbContextScope<TContext>.Open(context.Services);
        try
        {
            var value = await inner(context).ConfigureAwait(false);
            return materialize is null ? value : await materialize(value, context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>For a field of a list of entities: a step that runs a still-unexecuted query (made once per field, at schema build).</summary>
    private static Func<object?, CancellationToken, ValueTask<object?>>? CreateMaterializer(FieldDefinition field)
    {
        if (field.Features.ContainsKey(DataFeatures.Materialized) || field.Features.ContainsKey(DataFeatures.Paging)) return null;
        if (field.Features[CodeFirstFeatures.Member] is not MethodInfo method) return null;
        var result = method.ReturnType;
        if (result.IsGenericType && (result.GetGenericTypeDefinition() == typeof(Task<>) || result.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            result = result.GetGenericArguments()[0];
        }

        if (!typeof(IQueryable).IsAssignableFrom(result) || EntityShape.GetElementType(result) is not { } element) return null;
        var factory = typeof(FieldDbContextMiddleware).GetMethod(nameof(Materializer), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(element);
        return (Func<object?, CancellationToken, ValueTask<object?>>)factory.Invoke(null, null)!;
    }

    private static Func<object?, CancellationToken, ValueTask<object?>> Materializer<T>() => async (value, cancellationToken) =>
        value is IQueryable<T> query ? await QueryExecution.ToListAsync(query, cancellationToken).ConfigureAwait(false) : value;
}
