using System.Text;

namespace GraphQL.Language;

/// <summary>
/// Writes string values back as GraphQL source: block strings as graphql-js's <c>printBlockString</c> lays them out,
/// other strings with JSON-like escapes (graphql-js <c>printString</c>).
/// </summary>
internal static class StringValuePrinter
{
    /// <summary>
    /// A block string whose value would not survive BlockStringValue() unchanged (leading or trailing blank lines,
    /// a common indent, carriage returns) is printed as a quoted string instead, so printing always round-trips.
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
                case ' ':
                case '\t':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine) return false;
        if (hasCommonIndent && seenNonEmptyLine) return false;
        return true;
    }

    /// <summary>
    /// The layout of a block string (graphql-js <c>printBlockString</c>): on one line when short and unambiguous,
    /// else with the content between line breaks; <c>"""</c> inside is escaped.
    /// </summary>
    public static string FormatBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = escaped.Split('\n');
        var isSingleLine = lines.Length == 1;

        var forceLeadingNewLine = lines.Length > 1;
        for (var i = 1; i < lines.Length && forceLeadingNewLine; i++)
        {
            var line = lines[i];
            forceLeadingNewLine = line.Length == 0 || IsWhiteSpace(line[0]);
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", System.StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith("\"", System.StringComparison.Ordinal) && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith("\\", System.StringComparison.Ordinal);
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;

        var result = new StringBuilder(escaped.Length + 8);
        result.Append("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result.Append('\n');
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine) result.Append('\n');
        result.Append("\"\"\"");
        return result.ToString();
    }

    /// <summary>A quoted string: <c>"</c>, <c>\</c> and C0/C1 control characters escaped (graphql-js <c>printString</c>).</summary>
    public static void WriteQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c <= '\u001F' || (c >= '\u007F' && c <= '\u009F'))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4"));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
