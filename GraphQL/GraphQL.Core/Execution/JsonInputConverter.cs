using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>
/// Turns JSON (variables, extensions) into the plain values scalars' <c>ParseValue</c> expects:
/// null, <see cref="string"/>, <see cref="bool"/>, integral numbers as <see cref="int"/>, <see cref="long"/>
/// or (beyond 64 bits) <see cref="decimal"/>, other numbers as <see cref="double"/>, arrays as
/// <c>IReadOnlyList&lt;object?&gt;</c> and objects as <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.
/// </summary>
public static class JsonInputConverter
{
    public static object? ToInputValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return ToInputObject(element);
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) list.Add(ToInputValue(item));
                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i)) return i;
                if (element.TryGetInt64(out var l)) return l;
                if (IsIntegral(element) && element.TryGetDecimal(out var m)) return m;
                if (element.TryGetDouble(out var d)) return d;

                // Valid JSON beyond double's range (1e999): an infinity, as JSON.parse reads it, which the
                // Float and Int scalars then reject with a coercion error instead of a FormatException here.
                return element.GetRawText()[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            default:
                return null;
        }
    }

    /// <summary>A JSON object as a dictionary of input values (null for JSON null or a missing value).</summary>
    public static IReadOnlyDictionary<string, object?>? ToInputObject(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) map[property.Name] = ToInputValue(property.Value);
        return map;
    }

    private static bool IsIntegral(JsonElement number)
    {
        var raw = number.GetRawText();
        return raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
    }
}
