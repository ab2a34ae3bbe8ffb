using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// Compiles a .NET member into a resolver delegate once, when the schema is built (System.Linq.Expressions),
/// so that resolving a field costs a delegate call and no reflection: a property getter becomes a
/// <see cref="PureFieldResolverDelegate"/>, a method a <see cref="FieldDelegate"/> whose parameters are
/// bound by <see cref="ParameterBinder"/> and whose result is adapted by <see cref="ResultAdapters"/>.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly PropertyInfo s_parent = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Parent))!;
    private static readonly PropertyInfo s_requestAborted = typeof(IResolverContext).GetProperty(nameof(IResolverContext.RequestAborted))!;

    public static PureFieldResolverDelegate CompileProperty(PropertyInfo property, FieldOwner owner)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var instance = property.GetMethod!.IsStatic ? null : Instance(context, property.DeclaringType!, owner);
        var body = GraphQL.Execution.Processing.ScalarBoxes.ToObject(Expression.Property(instance, property));
        return Expression.Lambda<PureFieldResolverDelegate>(body, property.Name, new[] { context }).Compile();
    }

    /// <summary>
    /// An instance property of the type's own class as a read of the parent alone, which the executor calls for
    /// scalar fields without a resolver context; null for other properties (static, or of a resolver class).
    /// </summary>
    public static ParentFieldResolverDelegate? CompileParentProperty(PropertyInfo property, FieldOwner owner)
    {
        if (owner.Kind != FieldOwnerKind.Self || property.GetMethod!.IsStatic) return null;
        var parent = Expression.Parameter(typeof(object), "parent");
        var body = GraphQL.Execution.Processing.ScalarBoxes.ToObject(Expression.Property(Expression.Convert(parent, property.DeclaringType!), property));
        return Expression.Lambda<ParentFieldResolverDelegate>(body, property.Name, new[] { parent }).Compile();
    }

    public static FieldDelegate CompileMethod(SchemaBuildContext build, MethodInfo method, FieldOwner owner, ObjectFieldDescriptor descriptor)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = Call(build, method, owner, descriptor, context);
        var body = AdaptResult(call, context);
        return Expression.Lambda<FieldDelegate>(body, method.Name, new[] { context }).Compile();
    }

    /// <summary>The call of <paramref name="method"/> with every parameter bound (arguments are added to <paramref name="descriptor"/>).</summary>
    public static MethodCallExpression Call(
        SchemaBuildContext build, MethodInfo method, FieldOwner owner, ObjectFieldDescriptor descriptor, ParameterExpression context)
    {
        var instance = method.IsStatic ? null : Instance(context, method.DeclaringType!, owner);
        var parameters = method.GetParameters();
        var arguments = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = ParameterBinder.Bind(build, parameters[i], owner, descriptor, context);
        }

        return Expression.Call(instance, method, arguments);
    }

    /// <summary>The parent value as <paramref name="type"/> (unboxed for structs).</summary>
    public static Expression Parent(ParameterExpression context, Type type) =>
        Expression.Convert(Expression.Property(context, s_parent), type);

    public static Expression RequestAborted(ParameterExpression context) => Expression.Property(context, s_requestAborted);

    /// <summary>The object a member is called on: the parent for an object type's own members, else the class instance.</summary>
    private static Expression Instance(ParameterExpression context, Type declaringType, FieldOwner owner)
    {
        if (owner.Kind == FieldOwnerKind.Self) return Parent(context, declaringType);
        var get = typeof(RootInstance<>).MakeGenericType(owner.Class).GetMethod(nameof(RootInstance<object>.Get))!;
        return Expression.Convert(Expression.Call(get, context), declaringType);
    }

    private static Expression AdaptResult(MethodCallExpression call, ParameterExpression context)
    {
        var type = call.Type;
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var argument = type.GetGenericArguments()[0];
            if (definition == typeof(Task<>)) return Expression.Call(ResultAdapters.Method(nameof(ResultAdapters.FromTask), argument), call);
            if (definition == typeof(ValueTask<>)) return Expression.Call(ResultAdapters.Method(nameof(ResultAdapters.FromValueTask), argument), call);
            if (definition == typeof(IAsyncEnumerable<>))
            {
                return Expression.Call(ResultAdapters.Method(nameof(ResultAdapters.FromAsyncEnumerable), argument), call, RequestAborted(context));
            }
        }

        var fromValue = typeof(ResultAdapters).GetMethod(nameof(ResultAdapters.FromValue))!;
        return Expression.Call(fromValue, Expression.Convert(call, typeof(object)));
    }
}
