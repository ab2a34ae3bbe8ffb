using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>What <c>node(id:)</c> needs about one <c>[Node]</c> type: its name, its key's .NET type and its loader.</summary>
internal sealed class NodeTypeInfo
{
    public NodeTypeInfo(string typeName, Type keyType, Func<IResolverContext, object, ValueTask<object?>> resolve)
    {
        TypeName = typeName;
        KeyType = keyType;
        Resolve = resolve;
    }

    public string TypeName { get; }
    public Type KeyType { get; }
    public Func<IResolverContext, object, ValueTask<object?>> Resolve { get; }
}
