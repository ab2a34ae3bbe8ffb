using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>
/// What <c>node(id:)</c> and <c>nodes(ids:)</c> need about one <c>[Node]</c> type: its name, its key's
/// .NET type and its loader, which takes the keys of one request in one call.
/// </summary>
internal sealed class NodeTypeInfo
{
    public NodeTypeInfo(string typeName, Type keyType, NodeBatchResolver resolve, NodeLoadMode mode)
    {
        TypeName = typeName;
        KeyType = keyType;
        ResolveMany = resolve;
        Mode = mode;
    }

    public string TypeName { get; }
    public Type KeyType { get; }

    /// <summary>Loads the distinct <c>keys</c>; a key missing from the result has no visible node.</summary>
    public NodeBatchResolver ResolveMany { get; }

    /// <summary>How the loader was written; decides whether <c>nodes</c> may start several loads at once.</summary>
    public NodeLoadMode Mode { get; }

    public async ValueTask<object?> Resolve(IResolverContext context, object key)
    {
        var found = await ResolveMany(context, new[] { key }).ConfigureAwait(false);
        return found.TryGetValue(key, out var node) ? node : null;
    }
}

/// <summary>Loads nodes of one type by key; the result maps each found key to its node.</summary>
internal delegate ValueTask<IReadOnlyDictionary<object, object?>> NodeBatchResolver(IResolverContext context, IReadOnlyList<object> keys);

internal enum NodeLoadMode
{
    /// <summary>The loader takes one key and may share a DbContext or service: its calls run one after another.</summary>
    OneByOne,

    /// <summary>The loader takes one key through a DataLoader: its calls start together so the DataLoader fetches once.</summary>
    DataLoader,

    /// <summary>The loader takes all keys (<c>IReadOnlyList&lt;TKey&gt; ids</c>) and returns a dictionary by key.</summary>
    Batch,
}
