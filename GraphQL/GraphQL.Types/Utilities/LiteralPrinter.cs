using System.Collections.Generic;
using System.Text;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Prints value literals (spec §2.9) and string literals exactly as graphql-js's printer does:
/// used for default values in SDL and introspection (<c>__InputValue.defaultValue</c>) and for the
/// literal quoted in coercion errors. Kept here, beside its only callers, so that the type system
/// does not depend on the full document printer.
/// </summary>
internal static class LiteralPrinter
{
    public static string Print(ValueNode value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    public static void Write(StringBuilder sb, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v:
                sb.Append('$').Append(v.Name.Value);
                break;
            case IntValueNode i:
                sb.Append(i.Value);
                break;
            case FloatValueNode f:
                sb.Append(f.Value);
                break;
            case StringValueNode s:
                sb.Append(s.Block ? BlockString(s.Value) : QuotedString(s.Value));
                break;
            case BooleanValueNode b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                sb.Append("null");
                break;
            case EnumValueNode e:
                sb.Append(e.Value);
                break;
            case ListValueNode list:
                sb.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, list.Items[i]);
                }

                sb.Append(']');
                break;
            case ObjectValueNode obj:
                sb.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(obj.Fields[i].Name.Value).Append(": ");
                    Write(sb, obj.Fields[i].Value);
                }

                sb.Append('}');
                break;
        }
    }

    /// <summary>A string literal: control characters, <c>"</c> and <c>\</c> escaped (spec §2.9.4).</summary>
    public static string QuotedString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>
    /// A block string (spec §2.9.4): leading and trailing newlines added when that keeps the value
    /// intact and reads better (multi-line, long, or ending in a quote or backslash).
    /// </summary>
    public static string BlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Count == 1;
        var forceLeadingNewLine = false;
        if (lines.Count > 1)
        {
            forceLeadingNewLine = true;
            for (var i = 1; i < lines.Count; i++)
            {
                if (lines[i].Length != 0 && !IsWhiteSpace(lines[i][0]))
                {
                    forceLeadingNewLine = false;
                    break;
                }
            }
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", System.StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith("\"", System.StringComparison.Ordinal) && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith("\\", System.StringComparison.Ordinal);
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var multipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var sb = new StringBuilder("\"\"\"");
        if ((multipleLines && !skipLeadingNewLine) || forceLeadingNewLine) sb.Append('\n');
        sb.Append(escaped);
        if (multipleLines || forceTrailingNewLine) sb.Append('\n');
        sb.Append("\"\"\"");
        return sb.ToString();
    }

    /// <summary>
    /// True when a block string reproduces <paramref name="value"/> exactly: no non-printable
    /// characters, no carriage returns, no leading blank line, no trailing blank line, no common indent.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0) return true;
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    if (c <= 0x0F) return false;
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine) return false;
        if (hasCommonIndent && seenNonEmptyLine) return false;
        return true;
    }

    private static List<string> SplitLines(string s)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\n' || s[i] == '\r')
            {
                lines.Add(s.Substring(start, i - start));
                if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                start = i + 1;
            }
        }

        lines.Add(s.Substring(start));
        return lines;
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
