using GraphQL;

namespace Boutique.Graph.Nodes;

/// <summary>
/// Relay's <c>interface Node { id: ID! }</c>: every object a client may refetch by <c>node(id:)</c>.
/// The views implement <see cref="Id"/> explicitly so their own <c>Id</c> stays the row key (a UUID
/// that filters and DataLoaders use) while the GraphQL <c>id</c> is the opaque global ID.
/// </summary>
[InterfaceType("Node")]
public interface INode
{
    /// <summary>The globally unique, opaque ID of the object.</summary>
    [ID]
    string Id { get; }
}
