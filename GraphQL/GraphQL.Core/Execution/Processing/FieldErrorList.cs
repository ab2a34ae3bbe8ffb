using GraphQL.Execution.Results;

namespace GraphQL.Execution.Processing;

/// <summary>
/// The field errors of one execution. Concurrent fields fail in whatever order their resolvers finish,
/// so the errors are handed out in response order (the order of their paths in the result: fields as
/// the document selects them, list items by index), which keeps responses and snapshots deterministic.
/// The spec (§7.1.2) leaves the order open; graphql-js reports them in the order they happen.
/// </summary>
internal sealed class FieldErrorList
{
    private readonly List<(int[] Position, GraphQLError Error)> _errors = new();

    public int Count => _errors.Count;

    /// <summary>Adds an error raised at slot <paramref name="index"/> of <paramref name="container"/>.</summary>
    public void Add(GraphQLError error, ResultNode container, int index) => _errors.Add((container.PositionOf(index), error));

    /// <summary>The errors in response order (stable: errors at the same position keep their order), or null when none.</summary>
    public IReadOnlyList<GraphQLError>? InResponseOrder()
    {
        var count = _errors.Count;
        if (count == 0) return null;
        var order = new int[count];
        for (var i = 0; i < count; i++) order[i] = i;
        if (count > 1)
        {
            Array.Sort(order, (a, b) =>
            {
                var c = Compare(_errors[a].Position, _errors[b].Position);
                return c != 0 ? c : a.CompareTo(b);
            });
        }

        var result = new GraphQLError[count];
        for (var i = 0; i < count; i++) result[i] = _errors[order[i]].Error;
        return result;
    }

    private static int Compare(int[] a, int[] b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        }

        return a.Length.CompareTo(b.Length);
    }
}
