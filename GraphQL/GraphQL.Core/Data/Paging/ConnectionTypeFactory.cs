using GraphQL.Types;

namespace GraphQL.Data.Paging;

/// <summary>
/// The output types of paging, named as Hot Chocolate names them: <c>&lt;Name&gt;Connection</c> and
/// <c>&lt;Name&gt;Edge</c> (Relay Cursor Connections), the shared <c>PageInfo</c>, and for offset paging
/// <c>&lt;Name&gt;CollectionSegment</c> with the shared <c>CollectionSegmentInfo</c>.
/// </summary>
internal static class ConnectionTypeFactory
{
    public static ObjectType GetConnection(IDescriptorContext context, string name, NamedType node, bool includeTotalCount)
    {
        var edge = context.GetOrAddType(name + "Edge", () => new ObjectType(name + "Edge", () => new[]
        {
            new FieldDefinition("cursor", NonNull(context, typeof(string)), "A cursor for use in pagination.") { PureResolver = c => ((Edge)c.Parent!).Cursor },
            new FieldDefinition("node", node.AsNonNull(), "The item at the end of the edge.") { PureResolver = c => ((Edge)c.Parent!).Node },
        }, description: "An edge in a connection."));

        var pageInfo = GetPageInfo(context);
        return context.GetOrAddType(name + "Connection", () => new ObjectType(name + "Connection", () =>
        {
            var fields = new List<FieldDefinition>
            {
                new("pageInfo", pageInfo.AsNonNull(), "Information to aid in pagination.") { PureResolver = c => ((Connection)c.Parent!).PageInfo },
                new("edges", new ListType(edge.AsNonNull()), "A list of edges.") { PureResolver = c => ((Connection)c.Parent!).Edges },
                new("nodes", new ListType(node.AsNonNull()), "A flattened list of the nodes.") { PureResolver = c => ((Connection)c.Parent!).Nodes },
            };
            if (includeTotalCount)
            {
                fields.Add(new FieldDefinition("totalCount", NonNull(context, typeof(int)), "Identifies the total count of items in the connection.")
                {
                    PureResolver = c => ((Connection)c.Parent!).TotalCount ?? 0,
                });
            }

            return fields;
        }, description: "A connection to a list of items."));
    }

    public static ObjectType GetCollectionSegment(IDescriptorContext context, string name, NamedType node, bool includeTotalCount)
    {
        var info = context.GetOrAddType("CollectionSegmentInfo", () => new ObjectType("CollectionSegmentInfo", () => new[]
        {
            new FieldDefinition("hasNextPage", NonNull(context, typeof(bool)), "Indicates whether more items exist following the set defined by the clients arguments.")
            {
                PureResolver = c => ((CollectionSegmentInfo)c.Parent!).HasNextPage,
            },
            new FieldDefinition("hasPreviousPage", NonNull(context, typeof(bool)), "Indicates whether more items exist prior the set defined by the clients arguments.")
            {
                PureResolver = c => ((CollectionSegmentInfo)c.Parent!).HasPreviousPage,
            },
        }, description: "Information about the offset pagination."));

        return context.GetOrAddType(name + "CollectionSegment", () => new ObjectType(name + "CollectionSegment", () =>
        {
            var fields = new List<FieldDefinition>
            {
                new("pageInfo", info.AsNonNull(), "Information to aid in pagination.") { PureResolver = c => ((CollectionSegment)c.Parent!).PageInfo },
                new("items", new ListType(node.AsNonNull()), "A flattened list of the items.") { PureResolver = c => ((CollectionSegment)c.Parent!).Items },
            };
            if (includeTotalCount)
            {
                fields.Add(new FieldDefinition("totalCount", NonNull(context, typeof(int))) { PureResolver = c => ((CollectionSegment)c.Parent!).TotalCount ?? 0 });
            }

            return fields;
        }, description: "A segment of a collection."));
    }

    private static ObjectType GetPageInfo(IDescriptorContext context) => context.GetOrAddType("PageInfo", () => new ObjectType("PageInfo", () => new[]
    {
        new FieldDefinition("hasNextPage", NonNull(context, typeof(bool)), "Indicates whether more edges exist following the set defined by the clients arguments.")
        {
            PureResolver = c => ((ConnectionPageInfo)c.Parent!).HasNextPage,
        },
        new FieldDefinition("hasPreviousPage", NonNull(context, typeof(bool)), "Indicates whether more edges exist prior the set defined by the clients arguments.")
        {
            PureResolver = c => ((ConnectionPageInfo)c.Parent!).HasPreviousPage,
        },
        new FieldDefinition("startCursor", context.GetOutputType(typeof(string)), "When paginating backwards, the cursor to continue.")
        {
            PureResolver = c => ((ConnectionPageInfo)c.Parent!).StartCursor,
        },
        new FieldDefinition("endCursor", context.GetOutputType(typeof(string)), "When paginating forwards, the cursor to continue.")
        {
            PureResolver = c => ((ConnectionPageInfo)c.Parent!).EndCursor,
        },
    }, description: "Information about pagination in a connection."));

    private static GraphQLType NonNull(IDescriptorContext context, Type type) => context.GetOutputType(type).AsNonNull();

    /// <summary><c>products</c> → <c>Products</c>: the connection is named after the field, as HC does.</summary>
    public static string NameFromField(string fieldName) =>
        fieldName.Length == 0 ? fieldName : char.ToUpperInvariant(fieldName[0]) + fieldName.Substring(1);
}
