using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GraphQL.Types;

/// <summary>
/// Writes a runtime value the way graphql-js's <c>inspect</c> does in error messages, so that our
/// messages compare equal to the reference implementation's: strings JSON-quoted, numbers as
/// JavaScript prints them, lists as <c>[1, 2]</c>, objects as <c>{ a: 1 }</c>.
/// </summary>
internal static class Inspect
{
    private const int MaxListLength = 10;
    private const int MaxDepth = 2;

    public static string Value(object? value)
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
                WriteJsonString(sb, s);
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case double d:
                sb.Append(JsNumber(d));
                return;
            case float f:
                sb.Append(JsNumber(f));
                return;
            case decimal m:
                sb.Append(JsNumber((double)m));
                return;
            case Enum e:
                WriteJsonString(sb, e.ToString());
                return;
            case IFormattable formattable when IsInteger(value):
                sb.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IDictionary<string, object?> dict:
                WriteObject(sb, dict, dict.Count, depth);
                return;
            case IReadOnlyDictionary<string, object?> roDict:
                WriteObject(sb, roDict, roDict.Count, depth);
                return;
            case IEnumerable list:
                WriteList(sb, list, depth);
                return;
            case IFormattable other:
                WriteJsonString(sb, other.ToString(null, CultureInfo.InvariantCulture));
                return;
            default:
                sb.Append(value.ToString());
                return;
        }
    }

    private static void WriteObject(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> entries, int count, int depth)
    {
        if (count == 0)
        {
            sb.Append("{}");
            return;
        }

        if (depth >= MaxDepth)
        {
            sb.Append("[Object]");
            return;
        }

        sb.Append("{ ");
        var first = true;
        foreach (var pair in entries)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(pair.Key).Append(": ");
            Write(sb, pair.Value, depth + 1);
        }

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

        if (depth >= MaxDepth)
        {
            sb.Append("[Array]");
            return;
        }

        sb.Append('[');
        var shown = Math.Min(MaxListLength, items.Count);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, items[i], depth + 1);
        }

        var remaining = items.Count - shown;
        if (remaining == 1) sb.Append(", ... 1 more item");
        else if (remaining > 1) sb.Append(", ... ").Append(remaining).Append(" more items");
        sb.Append(']');
    }

    internal static bool IsInteger(object value) =>
        value is int or long or short or byte or sbyte or ushort or uint or ulong;

    /// <summary>A number as JavaScript's <c>Number.prototype.toString</c> writes it.</summary>
    public static string JsNumber(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == 0) return "0";

        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E');
        if (e < 0) return r;

        // Split "d.dddE+xx" and re-lay it out with JavaScript's thresholds (1e-7 .. 1e21 in full).
        var mantissa = r.Substring(0, e);
        var exponent = int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var negative = mantissa[0] == '-';
        if (negative) mantissa = mantissa.Substring(1);
        var digits = mantissa.Replace(".", string.Empty);
        var pointPos = 1 + exponent; // position of the decimal point within digits
        string text;
        if (exponent >= 21 || exponent <= -7)
        {
            text = digits.Length == 1 ? digits : digits[0] + "." + digits.Substring(1);
            text += "e" + (exponent > 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }
        else if (pointPos <= 0)
        {
            text = "0." + new string('0', -pointPos) + digits;
        }
        else if (pointPos >= digits.Length)
        {
            text = digits + new string('0', pointPos - digits.Length);
        }
        else
        {
            text = digits.Substring(0, pointPos) + "." + digits.Substring(pointPos);
        }

        return negative ? "-" + text : text;
    }

    /// <summary>JSON.stringify of a string.</summary>
    public static void WriteJsonString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }

        sb.Append('"');
    }
}
