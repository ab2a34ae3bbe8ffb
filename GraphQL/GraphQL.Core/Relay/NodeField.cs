using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>The resolvers of <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
internal static class NodeField
{
    /// <summary>The most IDs one <c>nodes</c> call loads; more is an error, not a long loop.</summary>
    public const int MaxIds = 100;

    public static ValueTask<object?> ResolveAsync(Dictionary<string, NodeTypeInfo> nodes, string id, IResolverContext context)
    {
        var (info, key) = Decode(nodes, id);
        return info.Resolve(context, key);
    }

    /// <summary>
    /// Decodes every ID first (an invalid one fails the field before anything loads), then loads each
    /// type's distinct keys in one call of its loader (<see cref="NodeTypeInfo.ResolveMany"/>), types in
    /// order of first appearance. The list keeps the order of <paramref name="ids"/>; an ID without a
    /// visible node is null in its place.
    /// </summary>
    public static async ValueTask<object?> ResolveManyAsync(Dictionary<string, NodeTypeInfo> nodes, IReadOnlyList<object?> ids, IResolverContext context)
    {
        if (ids.Count > MaxIds)
        {
            throw new Execution.GraphQLException($"\"nodes\" takes at most {MaxIds} IDs, but {ids.Count} were given.", RelayErrorCodes.TooManyIds);
        }

        var types = new NodeTypeInfo[ids.Count];
        var keys = new object[ids.Count];
        var batches = new Dictionary<NodeTypeInfo, List<object>>();
        var order = new List<NodeTypeInfo>();
        for (var i = 0; i < ids.Count; i++)
        {
            (types[i], keys[i]) = Decode(nodes, (string)ids[i]!);
            if (!batches.TryGetValue(types[i], out var batch))
            {
                batches[types[i]] = batch = new List<object>();
                order.Add(types[i]);
            }

            if (!batch.Contains(keys[i])) batch.Add(keys[i]);
        }

        var found = new Dictionary<NodeTypeInfo, IReadOnlyDictionary<object, object?>>(order.Count);
        foreach (var type in order) found[type] = await type.ResolveMany(context, batches[type]).ConfigureAwait(false);

        var result = new object?[ids.Count];
        for (var i = 0; i < result.Length; i++) result[i] = found[types[i]].TryGetValue(keys[i], out var node) ? node : null;
        return result;
    }

    private static (NodeTypeInfo Info, object Key) Decode(Dictionary<string, NodeTypeInfo> nodes, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var keyText)) RelayThrow.Malformed(id);
        if (!nodes.TryGetValue(typeName, out var info)) RelayThrow.NotANode(id, typeName);
        var key = GlobalId.ParseKey(keyText, info.KeyType);
        if (key is null) RelayThrow.Malformed(id);
        return (info, key);
    }
}
