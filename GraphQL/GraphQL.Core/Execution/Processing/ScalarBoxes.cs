using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace GraphQL.Execution.Processing;

/// <summary>
/// Shared boxes for the values that compiled getters return most: booleans, small integers (stock counts,
/// quantities, page numbers) and repeated decimals (prices). A getter returns <c>object</c>, so every <c>bool</c> or <c>int</c> read was a new
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

    /// <summary>
    /// A box of <paramref name="value"/>, shared with the last box made of the same bits when the lossy table still
    /// holds it. Why: prices repeat (a product's variants mostly sell at the product's price; 300 variant rows of
    /// the catalog listing have a few dozen prices). Boxes are immutable, so sharing one is safe; a slot written
    /// by another thread meanwhile is simply not a match. The bits are compared, not the values: 9.9 and 9.90 are
    /// equal decimals but print differently.
    /// </summary>
    public static object Decimal(decimal value)
    {
        ref var bits = ref Unsafe.As<decimal, DecimalBits>(ref value);
        var index = (int)(((bits.Upper ^ bits.Lower) * 0x9E3779B97F4A7C15UL) >> (64 - DecimalSlotBits));
        var slot = s_decimals[index];
        if (slot is not null && Unsafe.As<decimal, DecimalBits>(ref Unsafe.Unbox<decimal>(slot)).Equals(bits)) return slot;
        object box = value;
        s_decimals[index] = box;
        return box;
    }

    public static object? NullableDecimal(decimal? value) => value is { } d ? Decimal(d) : null;

    /// <summary>Whether two decimals have the same bits (so the same text), not merely the same value.</summary>
    public static bool SameBits(decimal a, decimal b) =>
        Unsafe.As<decimal, DecimalBits>(ref a).Equals(Unsafe.As<decimal, DecimalBits>(ref b));

    private const int DecimalSlotBits = 6;
    private static readonly object?[] s_decimals = new object?[1 << DecimalSlotBits];

    private readonly record struct DecimalBits(ulong Upper, ulong Lower);

    /// <summary><paramref name="value"/> as <c>object</c>: through a shared box for the types above, else a plain conversion.</summary>
    public static Expression ToObject(Expression value)
    {
        var method = value.Type == typeof(bool) ? nameof(Bool)
            : value.Type == typeof(int) ? nameof(Int)
            : value.Type == typeof(bool?) ? nameof(NullableBool)
            : value.Type == typeof(int?) ? nameof(NullableInt)
            : value.Type == typeof(decimal) ? nameof(Decimal)
            : value.Type == typeof(decimal?) ? nameof(NullableDecimal)
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
