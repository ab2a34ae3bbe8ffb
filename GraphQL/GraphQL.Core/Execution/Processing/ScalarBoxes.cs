using System.Linq.Expressions;

namespace GraphQL.Execution.Processing;

/// <summary>
/// Shared boxes for the values that compiled getters return most: booleans and small integers (stock counts,
/// quantities, page numbers). A getter returns <c>object</c>, so every <c>bool</c> or <c>int</c> read was a new
/// box that lives in the result tree until the response is written; Int and Boolean serialize a box of their own
/// type as is, so a shared box goes into the result unchanged.
/// </summary>
internal static class ScalarBoxes
{
    private const int MinCached = -128;
    private const int MaxCached = 1023;

    private static readonly object s_true = true;
    private static readonly object s_false = false;
    private static readonly object[] s_ints = CreateInts();

    public static object Bool(bool value) => value ? s_true : s_false;

    public static object Int(int value) =>
        (uint)(value - MinCached) <= MaxCached - MinCached ? s_ints[value - MinCached] : value;

    public static object? NullableBool(bool? value) => value is { } b ? Bool(b) : null;

    public static object? NullableInt(int? value) => value is { } i ? Int(i) : null;

    /// <summary><paramref name="value"/> as <c>object</c>: through a shared box for the types above, else a plain conversion.</summary>
    public static Expression ToObject(Expression value)
    {
        var method = value.Type == typeof(bool) ? nameof(Bool)
            : value.Type == typeof(int) ? nameof(Int)
            : value.Type == typeof(bool?) ? nameof(NullableBool)
            : value.Type == typeof(int?) ? nameof(NullableInt)
            : null;
        return method is null
            ? Expression.Convert(value, typeof(object))
            : Expression.Call(typeof(ScalarBoxes).GetMethod(method)!, value);
    }

    private static object[] CreateInts()
    {
        var boxes = new object[MaxCached - MinCached + 1];
        for (var i = 0; i < boxes.Length; i++) boxes[i] = i + MinCached;
        return boxes;
    }
}
