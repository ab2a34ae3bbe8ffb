namespace GraphQL.Relay;

/// <summary>Keys of <c>Features</c> entries Relay sets on fields.</summary>
internal static class RelayFeatures
{
    /// <summary>On the <c>id</c> field of a <c>[Node]</c> type: its <see cref="NodeTypeInfo"/>.</summary>
    public const string Node = "GraphQL.Relay.Node";

    /// <summary>The field's values are already global IDs.</summary>
    public const string Encoded = "GraphQL.Relay.Encoded";
}
