using System.Collections;

namespace GraphQL.Execution.Results;

/// <summary>A list of the response (spec §6.4.3 CompleteValue for list types).</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] _items;

    internal ResultList(int count, ResultNode parent, int parentIndex, bool nonNullInParent)
        : base(parent, parentIndex, nonNullInParent)
        => _items = count == 0 ? Array.Empty<object?>() : new object?[count];

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    internal override void SetValue(int index, object? value) => _items[index] = value;

    internal override object PathElement(int index) => index;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
