using System.Diagnostics.CodeAnalysis;
using GraphQL.Execution;

namespace GraphQL.Relay;

/// <summary>The stable <c>extensions.code</c> of global-ID errors (see <c>docs/graphql-errors.md</c>).</summary>
public static class RelayErrorCodes
{
    /// <summary>An ID argument is not a global ID of this server, or belongs to another type.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary><c>nodes(ids:)</c> was given more IDs than it loads in one request.</summary>
    public const string TooManyIds = "NODES_TOO_MANY_IDS";
}

internal static class RelayThrow
{
    [DoesNotReturn]
    public static void Malformed(string id) =>
        throw new GraphQLException($"The ID \"{id}\" is not a valid global ID.", RelayErrorCodes.InvalidId);

    [DoesNotReturn]
    public static void WrongType(string id, string expected) =>
        throw new GraphQLException($"The ID \"{id}\" is not a \"{expected}\" ID.", RelayErrorCodes.InvalidId);

    [DoesNotReturn]
    public static void NotANode(string id, string typeName) =>
        throw new GraphQLException($"The ID \"{id}\" refers to the type \"{typeName}\", which does not implement \"Node\".", RelayErrorCodes.InvalidId);
}
