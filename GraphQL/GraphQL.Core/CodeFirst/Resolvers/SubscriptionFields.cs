using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>Where a subscription field's source stream (spec §6.2.3.1) comes from, and the type of its events.</summary>
/// <param name="EventType">The .NET type of the field's value.</param>
/// <param name="EventInfo">Its nullability.</param>
/// <param name="StreamMethod">The method returning the stream (the field's own method, or <c>[Subscribe(With = ...)]</c>'s).</param>
/// <param name="Topic">The topic on the event bus when no method returns a stream.</param>
internal sealed record SubscriptionInfo(Type EventType, NullabilityInfo? EventInfo, MethodInfo? StreamMethod, string? Topic);

/// <summary>
/// Subscription root fields: a method returning <see cref="IAsyncEnumerable{T}"/> is the stream and
/// each event is the value; <c>[Subscribe(With = nameof(Stream))]</c> pairs a stream method with a
/// resolver that maps events; otherwise the field listens to a topic of the event bus.
/// </summary>
internal static class SubscriptionFields
{
    public static SubscriptionInfo? Describe(SchemaBuildContext build, MethodInfo method, FieldOwner owner, Type resultType, NullabilityInfo? resultInfo)
    {
        if (owner.Kind == FieldOwnerKind.Self || owner.TypeName != RootTypeNames.Subscription) return null;

        if (method.GetCustomAttribute<SubscribeAttribute>(false) is { With: { } with })
        {
            var stream = owner.Class.GetMethod(with, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                ?? throw new MemberMappingException($"The subscription \"{ObjectFieldFactory.Describe(method)}\" names the stream method \"{with}\", which \"{owner.Class.Name}\" does not have.");
            return new SubscriptionInfo(resultType, resultInfo, stream, null);
        }

        if (resultType.IsGenericType && resultType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
        {
            return new SubscriptionInfo(resultType.GetGenericArguments()[0], resultInfo?.GenericTypeArguments.FirstOrDefault(), method, null);
        }

        var topic = method.GetCustomAttribute<TopicAttribute>(false)?.Name;
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.IsDefined(typeof(TopicAttribute), false)) topic = "{" + NameConventions.GetArgumentName(parameter) + "}";
        }

        topic ??= build.GetMemberName(method);
        return new SubscriptionInfo(resultType, resultInfo, null, topic);
    }

    public static void Compile(SchemaBuildContext build, MethodInfo method, FieldOwner owner, ObjectFieldDescriptor descriptor, SubscriptionInfo info)
    {
        if (info.StreamMethod == method)
        {
            descriptor.SubscribeResolver = CompileStream(build, method, owner, descriptor);
            descriptor.PureResolver = static context => context.Parent;
            return;
        }

        if (info.StreamMethod is { } stream)
        {
            descriptor.SubscribeResolver = CompileStream(build, stream, owner, descriptor);
        }
        else
        {
            descriptor.Features[CodeFirstFeatures.Topic] = info.Topic;
            descriptor.SubscribeResolver = TopicSubscription.Create(info.Topic!, GetMessageType(method, info));
        }

        descriptor.Resolver = ResolverCompiler.CompileMethod(build, method, owner, descriptor);
    }

    /// <summary>The type of the topic's messages: the resolver's <c>[Parent]</c> parameter, else what it returns.</summary>
    private static Type GetMessageType(MethodInfo method, SubscriptionInfo info)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.IsDefined(typeof(ParentAttribute), false)) return parameter.ParameterType;
        }

        return info.EventType;
    }

    private static SubscribeResolverDelegate CompileStream(SchemaBuildContext build, MethodInfo method, FieldOwner owner, ObjectFieldDescriptor descriptor)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = ResolverCompiler.Call(build, method, owner, descriptor, context);
        var type = call.Type;
        string adapter;
        Type? eventType = null;
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
        {
            adapter = definition == typeof(Task<>) ? nameof(ResultAdapters.StreamFromTask) : nameof(ResultAdapters.StreamFromValueTask);
            type = type.GetGenericArguments()[0];
        }
        else
        {
            adapter = nameof(ResultAdapters.StreamFromValue);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)) eventType = type.GetGenericArguments()[0];
        if (eventType is null)
        {
            throw new MemberMappingException(
                $"The subscription stream \"{ObjectFieldFactory.Describe(method)}\" returns \"{TypeShape.DisplayName(method.ReturnType)}\"; a source stream must be an IAsyncEnumerable<T>.");
        }

        var body = Expression.Call(ResultAdapters.Method(adapter, eventType), call);
        return Expression.Lambda<SubscribeResolverDelegate>(body, method.Name, new[] { context }).Compile();
    }
}
