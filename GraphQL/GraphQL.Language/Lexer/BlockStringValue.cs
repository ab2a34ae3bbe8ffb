using System.Text;

namespace GraphQL.Language;

/// <summary>
/// BlockStringValue(rawValue) of spec §2.9.4: split into lines, remove the common indentation of every line but
/// the first, drop leading and trailing blank lines, join with line feeds. <c>\"""</c> becomes <c>"""</c>.
/// </summary>
internal static class BlockStringValue
{
    public static string Compute(string raw)
    {
        if (raw.IndexOf("\\\"\"\"", System.StringComparison.Ordinal) >= 0)
        {
            raw = raw.Replace("\\\"\"\"", "\"\"\"");
        }

        // First pass: the common indent and the first and last lines that are not blank.
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var lineIndex = 0;
        var lineStart = 0;
        while (true)
        {
            var lineEnd = LineEnd(raw, lineStart);
            var indent = LeadingWhiteSpace(raw, lineStart, lineEnd);
            if (indent < lineEnd - lineStart)
            {
                if (firstNonBlank < 0) firstNonBlank = lineIndex;
                lastNonBlank = lineIndex;
                if (lineIndex != 0 && indent < commonIndent) commonIndent = indent;
            }

            if (lineEnd == raw.Length) break;
            lineStart = NextLineStart(raw, lineEnd);
            lineIndex++;
        }

        if (firstNonBlank < 0) return string.Empty;
        if (commonIndent == int.MaxValue) commonIndent = 0;

        // Second pass: copy the kept lines.
        var builder = new StringBuilder(raw.Length);
        lineIndex = 0;
        lineStart = 0;
        while (lineIndex <= lastNonBlank)
        {
            var lineEnd = LineEnd(raw, lineStart);
            if (lineIndex >= firstNonBlank)
            {
                if (lineIndex > firstNonBlank) builder.Append('\n');
                var from = lineIndex == 0 ? lineStart : System.Math.Min(lineStart + commonIndent, lineEnd);
                builder.Append(raw, from, lineEnd - from);
            }

            if (lineEnd == raw.Length) break;
            lineStart = NextLineStart(raw, lineEnd);
            lineIndex++;
        }

        return builder.ToString();
    }

    private static int LineEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] != '\n' && text[i] != '\r') i++;
        return i;
    }

    private static int NextLineStart(string text, int lineEnd) =>
        text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;

    /// <summary>WhiteSpace is tab and space (spec §2.1.3).</summary>
    private static int LeadingWhiteSpace(string text, int start, int end)
    {
        var i = start;
        while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
        return i - start;
    }
}
