namespace GraphQL.Execution.Results;

/// <summary>
/// A node of the intermediate result tree: an object (<see cref="ResultMap"/>) or a list
/// (<see cref="ResultList"/>). Each node knows its slot in its parent, so that a null can be
/// propagated to the nearest nullable parent (spec §6.4.4 "Handling Execution Errors") and an
/// error's path rebuilt without keeping a path per field.
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(ResultNode? parent, int parentIndex, bool nonNullInParent)
    {
        Parent = parent;
        ParentIndex = parentIndex;
        IsNonNullInParent = nonNullInParent;
    }

    internal ResultNode? Parent { get; }
    internal int ParentIndex { get; }

    /// <summary>True when the slot that holds this node has a non-null type.</summary>
    internal bool IsNonNullInParent { get; }

    /// <summary>Set once a null replaced this node in its parent: work under it is wasted.</summary>
    internal bool IsDiscarded { get; set; }

    internal abstract void SetValue(int index, object? value);

    /// <summary>The response path element of a slot: a key or an index.</summary>
    internal abstract object PathElement(int index);

    /// <summary>
    /// The slot indexes from the root down to slot <paramref name="index"/>: comparing two of them
    /// element by element gives the order of the slots in the response.
    /// </summary>
    internal int[] PositionOf(int index)
    {
        var depth = 1;
        for (var n = this; n.Parent is not null; n = n.Parent) depth++;
        var position = new int[depth];
        position[--depth] = index;
        for (var n = this; n.Parent is not null; n = n.Parent) position[--depth] = n.ParentIndex;
        return position;
    }

    /// <summary>The response path of slot <paramref name="index"/>, from the root.</summary>
    internal IReadOnlyList<object> PathOf(int index)
    {
        var depth = 1;
        for (var n = this; n.Parent is not null; n = n.Parent) depth++;
        var path = new object[depth];
        path[--depth] = PathElement(index);
        for (var n = this; n.Parent is not null; n = n.Parent)
        {
            path[--depth] = n.Parent.PathElement(n.ParentIndex);
        }

        return path;
    }
}
