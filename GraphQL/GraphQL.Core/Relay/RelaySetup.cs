using GraphQL.CodeFirst;
using GraphQL.Conventions;
using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>
/// What <c>AddGlobalObjectIdentification()</c> does to the built schema: every <c>[Node]</c> type
/// implements <c>Node</c>, <c>[ID]</c> fields and arguments carry global IDs, and the query type
/// gains <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c>.
/// </summary>
internal static class RelaySetup
{
    public static bool IsRegistered(IDescriptorContext context) =>
        context is not SchemaBuildContext { ServiceLookup: { } lookup } || lookup.IsService(typeof(RelayMarker));

    public static Schema Apply(Schema schema)
    {
        var id = schema.GetType("ID") ?? BuiltInScalars.ID;
        var added = new List<NamedType>();
        if (schema.GetType(NodeInterface.Name) is not InterfaceType node)
        {
            node = NodeInterface.Create(id);
            added.Add(node);
        }

        var nodes = new Dictionary<string, NodeTypeInfo>(StringComparer.Ordinal);
        foreach (var type in SchemaTransforms.ObjectTypes(schema))
        {
            foreach (var field in type.Fields)
            {
                if (field.Features.TryGetValue(RelayFeatures.Node, out var n) && n is NodeTypeInfo info)
                {
                    nodes[info.TypeName] = info;
                    type.AddInterface(node);
                }

                if (!field.Features.ContainsKey(RelayFeatures.Encoded) && field.Features.TryGetValue(CodeFirstFeatures.Id, out var a) && a is IDAttribute attribute)
                {
                    GlobalIdFields.EncodeBuilt(field, attribute.TypeName ?? type.Name);
                }

                GlobalIdFields.DecodeArguments(field);
            }
        }

        var query = schema.QueryType;
        var fields = new List<FieldDefinition>(query.Fields);
        if (query.Fields["node"] is null)
        {
            fields.Add(new FieldDefinition("node", node, "Fetches an object given its ID.")
            {
                Arguments = new[] { new InputValueDefinition("id", id.AsNonNull(), "ID of the object.") },
                Resolver = context => NodeField.ResolveAsync(nodes, context.ArgumentValue<string>("id"), context),
            });
        }

        if (query.Fields["nodes"] is null)
        {
            fields.Add(new FieldDefinition("nodes", new NonNullType(new ListType(node)), "Lookup nodes by a list of IDs.")
            {
                Arguments = new[] { new InputValueDefinition("ids", new NonNullType(new ListType(id.AsNonNull())), "The list of node IDs.") },
                Resolver = context => NodeField.ResolveManyAsync(nodes, context.ArgumentValue<IReadOnlyList<object?>>("ids"), context),
            });
        }

        var root = new ObjectType(query.Name, () => fields, () => query.Interfaces, query.Description, query.Directives);
        foreach (var pair in query.Features) root.Features[pair.Key] = pair.Value;
        return SchemaRebuild.With(schema, query: root, addTypes: added);
    }
}

/// <summary>Registered by <c>AddGlobalObjectIdentification()</c>.</summary>
internal sealed class RelayMarker
{
}
