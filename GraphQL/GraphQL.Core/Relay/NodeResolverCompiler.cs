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

    /// <summary>
    /// The key parameter: the one named <c>id</c> (or <c>ids</c> for a batch loader), else the first
    /// that is no service.
    /// </summary>
    public static ParameterInfo? KeyParameter(MethodInfo method)
    {
        var parameters = method.GetParameters();
        return parameters.FirstOrDefault(p => p.Name is { } name && (name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.Equals("ids", StringComparison.OrdinalIgnoreCase)))
            ?? parameters.FirstOrDefault(p => GlobalId.ParseKey("0", KeyTypeOf(p.ParameterType)) is not null);
    }

    /// <summary>A batch loader's key parameter is <c>IReadOnlyList&lt;TKey&gt;</c>; the key type is then <c>TKey</c>.</summary>
    public static Type KeyTypeOf(Type parameterType) =>
        parameterType.IsGenericType && parameterType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? parameterType.GetGenericArguments()[0] : parameterType;

    /// <summary>
    /// Compiles the loader into a <see cref="NodeBatchResolver"/>: a batch loader is called once with all keys;
    /// a one-key loader once per key, all at once when it loads through a DataLoader (which then fetches
    /// once), else one after another (a shared DbContext or service is not thread-safe). Null when a batch
    /// loader does not return a dictionary by key.
    /// </summary>
    public static NodeTypeInfo? Compile(string typeName, MethodInfo method, ParameterInfo keyParameter)
    {
        var keyType = KeyTypeOf(keyParameter.ParameterType);
        if (keyType != keyParameter.ParameterType)
        {
            var batch = CompileCall(method, keyParameter, keyType);
            if (batch is null) return null;
            return new NodeTypeInfo(typeName, keyType, async (context, keys) =>
                (IReadOnlyDictionary<object, object?>)(await Invoke(batch, context, keys).ConfigureAwait(false))!, NodeLoadMode.Batch);
        }

        var single = CompileCall(method, keyParameter, null)!;
        var parameters = method.GetParameters();
        var viaDataLoader = parameters.Any(p => typeof(DataLoader.IDataLoader).IsAssignableFrom(p.ParameterType))
            && !parameters.Any(p => typeof(DbContext).IsAssignableFrom(p.ParameterType));
        return viaDataLoader
            ? new NodeTypeInfo(typeName, keyType, (context, keys) => LoadTogetherAsync(single, context, keys), NodeLoadMode.DataLoader)
            : new NodeTypeInfo(typeName, keyType, (context, keys) => LoadOneByOneAsync(single, context, keys), NodeLoadMode.OneByOne);
    }

    private static async ValueTask<IReadOnlyDictionary<object, object?>> LoadOneByOneAsync(NodeCall call, IResolverContext context, IReadOnlyList<object> keys)
    {
        var found = new Dictionary<object, object?>(keys.Count);
        foreach (var key in keys)
        {
            if (await Invoke(call, context, key).ConfigureAwait(false) is { } node) found[key] = node;
        }

        return found;
    }

    private static async ValueTask<IReadOnlyDictionary<object, object?>> LoadTogetherAsync(NodeCall call, IResolverContext context, IReadOnlyList<object> keys)
    {
        var loads = new Task<object?>[keys.Count];
        for (var i = 0; i < loads.Length; i++) loads[i] = Invoke(call, context, keys[i]);
        await Task.WhenAll(loads).ConfigureAwait(false);
        var found = new Dictionary<object, object?>(keys.Count);
        for (var i = 0; i < loads.Length; i++)
        {
            if (loads[i].Result is { } node) found[keys[i]] = node;
        }

        return found;
    }

    private static async Task<object?> Invoke(NodeCall call, IResolverContext context, object key)
    {
        var scope = new NodeCallScope();
        try
        {
            return await call(context, key, scope).ConfigureAwait(false);
        }
        finally
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The call of the loader with its services; for a batch loader (<paramref name="batchKeyType"/> set) the
    /// key argument is the key list and the result a <c>Dictionary&lt;object, object?&gt;</c>.
    /// </summary>
    private static NodeCall? CompileCall(MethodInfo method, ParameterInfo keyParameter, Type? batchKeyType)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var key = Expression.Parameter(typeof(object), "key");
        var scope = Expression.Parameter(typeof(NodeCallScope), "scope");
        var arguments = new List<Expression>();
        foreach (var parameter in method.GetParameters())
        {
            var type = parameter.ParameterType;
            if (parameter == keyParameter)
            {
                arguments.Add(batchKeyType is null
                    ? Expression.Convert(key, type)
                    : Expression.Call(typeof(NodeCallScope), nameof(NodeCallScope.Keys), new[] { batchKeyType }, Expression.Convert(key, typeof(IReadOnlyList<object>))));
            }
            else if (type == typeof(CancellationToken)) arguments.Add(Expression.Property(context, nameof(IResolverContext.RequestAborted)));
            else if (type == typeof(IResolverContext)) arguments.Add(context);
            else if (typeof(DbContext).IsAssignableFrom(type)) arguments.Add(Expression.Call(scope, nameof(NodeCallScope.DbContext), new[] { type }, context));
            else if (typeof(DataLoader.IDataLoader).IsAssignableFrom(type))
            {
                // The request's instance, shared by every load of the request: that is what lets it batch.
                arguments.Add(Expression.Call(typeof(Execution.ResolverContextExtensions), nameof(Execution.ResolverContextExtensions.DataLoader), new[] { type }, context));
            }
            else arguments.Add(Expression.Call(scope, nameof(NodeCallScope.Service), new[] { type }, context));
        }

        Expression? instance = method.IsStatic ? null : Expression.Call(scope, nameof(NodeCallScope.Instance), new[] { method.DeclaringType! }, context);
        Expression call = Expression.Call(instance, method, arguments);
        var result = method.ReturnType;
        var awaited = result.IsGenericType && (result.GetGenericTypeDefinition() == typeof(Task<>) || result.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? result.GetGenericArguments()[0]
            : result;
        if (batchKeyType is not null)
        {
            // Task<TMap> → Task<TMap> with TMap : IEnumerable<KeyValuePair<TKey, TNode>>, turned into a map by object key.
            var pairs = awaited.GetInterfaces().Append(awaited).FirstOrDefault(i =>
                i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                && i.GetGenericArguments()[0] is { IsGenericType: true } pair && pair.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
                && pair.GetGenericArguments()[0] == batchKeyType);
            if (pairs is null) return null;
            var nodeType = pairs.GetGenericArguments()[0].GetGenericArguments()[1];
            var toMap = typeof(NodeCallScope).GetMethod(nameof(NodeCallScope.ToMap))!.MakeGenericMethod(batchKeyType, nodeType);
            var value = Expression.Parameter(awaited, "value");
            var convert = Expression.Lambda(Expression.Call(toMap, Expression.Convert(value, pairs)), value);
            call = result == awaited
                ? Expression.Invoke(convert, call)
                : Expression.Call(typeof(NodeCallScope), result.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(NodeCallScope.MapTask) : nameof(NodeCallScope.MapValueTask),
                    new[] { awaited }, call, convert);
            result = call.Type;
        }

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

        return Expression.Lambda<NodeCall>(asObjectTask, context, key, scope).Compile();
    }
}

/// <summary>One compiled loader call: the key (or key list), and the scope owning the call's DbContexts.</summary>
internal delegate Task<object?> NodeCall(IResolverContext context, object key, NodeCallScope scope);

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

    public static TKey[] Keys<TKey>(IReadOnlyList<object> keys)
    {
        var typed = new TKey[keys.Count];
        for (var i = 0; i < typed.Length; i++) typed[i] = (TKey)keys[i];
        return typed;
    }

    public static Dictionary<object, object?> ToMap<TKey, TNode>(IEnumerable<KeyValuePair<TKey, TNode>> nodes) where TKey : notnull
    {
        var map = new Dictionary<object, object?>();
        foreach (var (key, node) in nodes)
        {
            if (node is not null) map[key] = node;
        }

        return map;
    }

    public static async Task<Dictionary<object, object?>> MapTask<T>(Task<T> task, Func<T, Dictionary<object, object?>> map) => map(await task.ConfigureAwait(false));

    public static async Task<Dictionary<object, object?>> MapValueTask<T>(ValueTask<T> task, Func<T, Dictionary<object, object?>> map) => map(await task.ConfigureAwait(false));

    public async ValueTask DisposeAsync()
    {
        if (_contexts is null) return;
        foreach (var context in _contexts) await context.DisposeAsync().ConfigureAwait(false);
    }
}
