namespace GraphQL.Data.Paging;

/// <summary>The value of a <c>&lt;Name&gt;Connection</c> field (Relay Cursor Connections): one page and where it sits.</summary>
public sealed class Connection
{
    public Connection(IReadOnlyList<Edge> edges, ConnectionPageInfo pageInfo, int? totalCount)
    {
        Edges = edges;
        PageInfo = pageInfo;
        TotalCount = totalCount;
        var nodes = new object?[edges.Count];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = edges[i].Node;
        Nodes = nodes;
    }

    public IReadOnlyList<Edge> Edges { get; }
    public IReadOnlyList<object?> Nodes { get; }
    public ConnectionPageInfo PageInfo { get; }

    /// <summary>Counted only when the selection asks for <c>totalCount</c>; null otherwise.</summary>
    public int? TotalCount { get; }
}

/// <summary>An edge: the node and the opaque cursor that points just after (or before) it.</summary>
public sealed record Edge(string Cursor, object? Node);

/// <summary><c>PageInfo</c>: whether more items exist in either direction, and the cursors of the page's ends.</summary>
public sealed record ConnectionPageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>The value of a <c>&lt;Name&gt;CollectionSegment</c> field (offset paging with <c>skip</c>/<c>take</c>).</summary>
public sealed record CollectionSegment(IReadOnlyList<object?> Items, CollectionSegmentInfo PageInfo, int? TotalCount);

/// <summary><c>CollectionSegmentInfo</c>: whether items exist after and before the segment.</summary>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);

/// <summary>Where the entities sit in a paged field's selection, for projections.</summary>
internal enum PagingShape
{
    Connection,
    CollectionSegment,
}
