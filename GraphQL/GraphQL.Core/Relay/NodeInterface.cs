using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary><c>interface Node { id: ID! }</c> (Relay's Global Object Identification specification).</summary>
internal static class NodeInterface
{
    public const string Name = "Node";

    public static InterfaceType Get(IDescriptorContext context) =>
        context.GetOrAddType(Name, () => Create(NodeAttribute.IdScalar(context)));

    public static InterfaceType Create(NamedType id) => new(
        Name,
        () => new[] { new FieldDefinition("id", id.AsNonNull(), "The globally unique ID of the object.") },
        null,
        "An object with a globally unique ID, which `node(id:)` refetches.");
}
