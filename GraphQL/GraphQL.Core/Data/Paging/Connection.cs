namespace GraphQL.Data.Paging;

/// <summary>
/// The value of a <c>&lt;Name&gt;Connection</c> field (Relay Cursor Connections): one page and where it sits.
/// Edges and cursors are made when the response reads them: a selection of <c>nodes</c> and
/// <c>pageInfo { endCursor }</c> encodes one cursor, not one per row.
/// </summary>
public sealed class Connection
{
    private readonly PageCursors? _cursors;
    private IReadOnlyList<Edge>? _edges;

    public Connection(IReadOnlyList<Edge> edges, ConnectionPageInfo pageInfo, int? totalCount)
    {
        _edges = edges;
        PageInfo = pageInfo;
        TotalCount = totalCount;
        var nodes = new object?[edges.Count];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = edges[i].Node;
        Nodes = nodes;
    }

    internal Connection(object?[] nodes, PageCursors cursors, bool hasNextPage, bool hasPreviousPage, int? totalCount)
    {
        Nodes = nodes;
        _cursors = cursors;
        PageInfo = new ConnectionPageInfo(hasNextPage, hasPreviousPage, nodes, cursors);
        TotalCount = totalCount;
    }

    public IReadOnlyList<Edge> Edges => _edges ?? CreateEdges();
    public IReadOnlyList<object?> Nodes { get; }
    public ConnectionPageInfo PageInfo { get; }

    /// <summary>Counted only when the selection asks for <c>totalCount</c>; null otherwise.</summary>
    public int? TotalCount { get; }

    private Edge[] CreateEdges()
    {
        var edges = new Edge[Nodes.Count];
        for (var i = 0; i < edges.Length; i++) edges[i] = new Edge(_cursors!, i, Nodes[i]);
        _edges = edges;
        return edges;
    }
}

/// <summary>An edge: the node and the opaque cursor that points just after (or before) it.</summary>
public sealed class Edge
{
    private readonly PageCursors? _cursors;
    private readonly int _index;
    private string? _cursor;

    public Edge(string cursor, object? node)
    {
        _cursor = cursor;
        Node = node;
    }

    internal Edge(PageCursors cursors, int index, object? node)
    {
        _cursors = cursors;
        _index = index;
        Node = node;
    }

    /// <summary>Encoded on first read (the same text whichever thread reads it first).</summary>
    public string Cursor => _cursor ??= _cursors!.Encode(_index, Node);

    public object? Node { get; }
}

/// <summary><c>PageInfo</c>: whether more items exist in either direction, and the cursors of the page's ends.</summary>
public sealed class ConnectionPageInfo
{
    private readonly object?[]? _nodes;
    private readonly PageCursors? _cursors;
    private string? _startCursor;
    private string? _endCursor;

    public ConnectionPageInfo(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _startCursor = startCursor;
        _endCursor = endCursor;
    }

    internal ConnectionPageInfo(bool hasNextPage, bool hasPreviousPage, object?[] nodes, PageCursors cursors)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _nodes = nodes;
        _cursors = cursors;
    }

    public bool HasNextPage { get; }
    public bool HasPreviousPage { get; }
    public string? StartCursor => _startCursor ??= _nodes is { Length: > 0 } nodes ? _cursors!.Encode(0, nodes[0]) : null;
    public string? EndCursor => _endCursor ??= _nodes is { Length: > 0 } nodes ? _cursors!.Encode(nodes.Length - 1, nodes[^1]) : null;
}

/// <summary>Encodes the cursor of the page's row at an index: from its sort keys (keyset) or its position (offset).</summary>
internal abstract class PageCursors
{
    public abstract string Encode(int index, object? node);
}

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
