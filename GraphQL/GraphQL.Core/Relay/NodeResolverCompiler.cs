using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Relay;

/// <summary>
/// Finds a <c>[Node]</c> type's loader (<c>[NodeResolver]</c>, else a method named <c>GetAsync</c>
/// or <c>Get</c>) and compiles a call to it once: no reflection when <c>node(id:)</c> runs.
/// </summary>
internal static class NodeResolverCompiler
{
    public static MethodInfo? Find(Type nodeType, Type? resolverType, string? methodName)
    {
        var owner = resolverType ?? nodeType;
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var methods = owner.GetMethods(flags);
        if (methodName is not null) return methods.FirstOrDefault(m => m.Name == methodName);
        return methods.FirstOrDefault(m => m.IsDefined(typeof(NodeResolverAttribute), false))
            ?? methods.FirstOrDefault(m => m.Name is "GetAsync" or "Get" && m.GetParameters().Length > 0);
    }

    /// <summary>The key's .NET type: the parameter named <c>id</c>, else the first that is no service.</summary>
    public static ParameterInfo? KeyParameter(MethodInfo method)
    {
        var parameters = method.GetParameters();
        return parameters.FirstOrDefault(p => string.Equals(p.Name, "id", StringComparison.OrdinalIgnoreCase))
            ?? parameters.FirstOrDefault(p => GlobalId.ParseKey("0", p.ParameterType) is not null);
    }

    public static Func<IResolverContext, object, ValueTask<object?>> Compile(MethodInfo method, ParameterInfo keyParameter)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var key = Expression.Parameter(typeof(object), "key");
        var scope = Expression.Parameter(typeof(NodeCallScope), "scope");
        var arguments = new List<Expression>();
        foreach (var parameter in method.GetParameters())
        {
            var type = parameter.ParameterType;
            if (parameter == keyParameter) arguments.Add(Expression.Convert(key, type));
            else if (type == typeof(CancellationToken)) arguments.Add(Expression.Property(context, nameof(IResolverContext.RequestAborted)));
            else if (type == typeof(IResolverContext)) arguments.Add(context);
            else if (typeof(DbContext).IsAssignableFrom(type)) arguments.Add(Expression.Call(scope, nameof(NodeCallScope.DbContext), new[] { type }, context));
            else arguments.Add(Expression.Call(scope, nameof(NodeCallScope.Service), new[] { type }, context));
        }

        Expression? instance = method.IsStatic ? null : Expression.Call(scope, nameof(NodeCallScope.Instance), new[] { method.DeclaringType! }, context);
        Expression call = Expression.Call(instance, method, arguments);
        var result = method.ReturnType;
        Expression asObjectTask;
        if (result.IsGenericType && result.GetGenericTypeDefinition() == typeof(Task<>))
        {
            asObjectTask = Expression.Call(typeof(NodeCallScope), nameof(NodeCallScope.FromTask), new[] { result.GetGenericArguments()[0] }, call);
        }
        else if (result.IsGenericType && result.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            asObjectTask = Expression.Call(typeof(NodeCallScope), nameof(NodeCallScope.FromValueTask), new[] { result.GetGenericArguments()[0] }, call);
        }
        else
        {
            asObjectTask = Expression.Call(typeof(NodeCallScope), nameof(NodeCallScope.FromValue), null, Expression.Convert(call, typeof(object)));
        }

        var invoke = Expression.Lambda<Func<IResolverContext, object, NodeCallScope, Task<object?>>>(asObjectTask, context, key, scope).Compile();
        return async (resolverContext, value) =>
        {
            var callScope = new NodeCallScope();
            try
            {
                return await invoke(resolverContext, value, callScope).ConfigureAwait(false);
            }
            finally
            {
                await callScope.DisposeAsync().ConfigureAwait(false);
            }
        };
    }
}

/// <summary>The services of one node load; DbContexts made here are the load's own and disposed after it.</summary>
internal sealed class NodeCallScope : IAsyncDisposable
{
    private List<DbContext>? _contexts;

    public T Service<T>(IResolverContext context) where T : notnull => context.Services.GetRequiredService<T>();

    public T Instance<T>(IResolverContext context) where T : notnull => ActivatorUtilities.GetServiceOrCreateInstance<T>(context.Services);

    public T DbContext<T>(IResolverContext context) where T : DbContext
    {
        if (context.Services.GetService<IDbContextFactory<T>>() is not { } factory) return context.Services.GetRequiredService<T>();
        var created = factory.CreateDbContext();
        (_contexts ??= new List<DbContext>()).Add(created);
        return created;
    }

    public static async Task<object?> FromTask<T>(Task<T> task) => await task.ConfigureAwait(false);

    public static async Task<object?> FromValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    public static Task<object?> FromValue(object? value) => Task.FromResult(value);

    public async ValueTask DisposeAsync()
    {
        if (_contexts is null) return;
        foreach (var context in _contexts) await context.DisposeAsync().ConfigureAwait(false);
    }
}
