using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>The resolvers of <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
internal static class NodeField
{
    /// <summary>The most IDs one <c>nodes</c> call loads (one by one); more is an error, not a long loop.</summary>
    public const int MaxIds = 100;

    public static async ValueTask<object?> ResolveAsync(Dictionary<string, NodeTypeInfo> nodes, string id, IResolverContext context)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var keyText)) RelayThrow.Malformed(id);
        if (!nodes.TryGetValue(typeName, out var info)) RelayThrow.NotANode(id, typeName);
        var key = GlobalId.ParseKey(keyText, info.KeyType);
        if (key is null) RelayThrow.Malformed(id);
        return await info.Resolve(context, key).ConfigureAwait(false);
    }

    /// <summary>One by one, in order: each load may use its own context, and a missing node is null in its place.</summary>
    public static async ValueTask<object?> ResolveManyAsync(Dictionary<string, NodeTypeInfo> nodes, IReadOnlyList<object?> ids, IResolverContext context)
    {
        if (ids.Count > MaxIds)
        {
            throw new Execution.GraphQLException($"\"nodes\" takes at most {MaxIds} IDs, but {ids.Count} were given.", RelayErrorCodes.TooManyIds);
        }

        var result = new object?[ids.Count];
        for (var i = 0; i < result.Length; i++) result[i] = await ResolveAsync(nodes, (string)ids[i]!, context).ConfigureAwait(false);
        return result;
    }
}
