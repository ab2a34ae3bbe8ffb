using System.Collections;
using System.Globalization;
using System.Text;

namespace GraphQL.Execution.Coercion;

/// <summary>
/// Writes a runtime value the way graphql-js's <c>inspect</c> does, because its coercion messages
/// embed values that way: strings quoted as JSON, objects as <c>{ a: 1 }</c>, lists as <c>[1, 2]</c>,
/// nesting deeper than two levels as <c>[Object]</c>/<c>[Array]</c>.
/// </summary>
internal static class Inspector
{
    private const int MaxDepth = 2;
    private const int MaxListItems = 10;

    public static string Inspect(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string s:
                sb.Append(System.Text.Json.JsonSerializer.Serialize(s));
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case double d:
                sb.Append(double.IsNaN(d) ? "NaN" : double.IsInfinity(d) ? (d > 0 ? "Infinity" : "-Infinity") : d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case float f:
                sb.Append(f.ToString("R", CultureInfo.InvariantCulture));
                return;
            case IFormattable number when IsNumber(value):
                sb.Append(number.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(sb, map, depth);
                return;
            case IDictionary dictionary:
                var pairs = new List<KeyValuePair<string, object?>>();
                foreach (DictionaryEntry e in dictionary) pairs.Add(new(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? "", e.Value));
                WriteObject(sb, pairs, depth);
                return;
            case IEnumerable list:
                WriteList(sb, list, depth);
                return;
            case Enum e:
                sb.Append('"').Append(e.ToString()).Append('"');
                return;
            default:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture) is { } text ? "{ " + text + " }" : "{}");
                return;
        }
    }

    private static void WriteObject(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        using var e = map.GetEnumerator();
        if (!e.MoveNext())
        {
            sb.Append("{}");
            return;
        }

        if (depth > MaxDepth - 1)
        {
            sb.Append("[Object]");
            return;
        }

        sb.Append("{ ");
        var first = true;
        do
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(e.Current.Key).Append(": ");
            Write(sb, e.Current.Value, depth + 1);
        }
        while (e.MoveNext());
        sb.Append(" }");
    }

    private static void WriteList(StringBuilder sb, IEnumerable list, int depth)
    {
        var items = new List<object?>();
        foreach (var item in list) items.Add(item);
        if (items.Count == 0)
        {
            sb.Append("[]");
            return;
        }

        if (depth > MaxDepth - 1)
        {
            sb.Append("[Array]");
            return;
        }

        sb.Append('[');
        var shown = Math.Min(items.Count, MaxListItems);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, items[i], depth + 1);
        }

        if (items.Count > MaxListItems) sb.Append(", ... ").Append(items.Count - MaxListItems).Append(" more items");
        sb.Append(']');
    }

    private static bool IsNumber(object value) =>
        value is int or long or short or byte or sbyte or uint or ulong or ushort or decimal;
}
