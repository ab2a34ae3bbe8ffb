using System.Collections.Generic;
using GraphQL.Client.Generator.Model;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>
/// Line starts of a source text (line terminators of spec §2.1.3: LF, CRLF, CR), to turn a GraphQL location
/// (1-based line and UTF-16 column) into the character span and line position Roslyn reports.
/// </summary>
internal sealed class SourceLines
{
    private readonly string _text;
    private readonly List<int> _starts = new() { 0 };

    public SourceLines(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (c is '\n' or '\r') _starts.Add(i + 1);
        }
    }

    public int LineCount => _starts.Count;

    /// <summary>A diagnostic at <paramref name="line"/>:<paramref name="column"/> spanning the name or token that starts there.</summary>
    public DiagnosticInfo Diagnostic(string id, string message, string path, int line, int column)
    {
        var lineIndex = System.Math.Max(0, System.Math.Min(line - 1, _starts.Count - 1));
        var start = System.Math.Min(_text.Length, _starts[lineIndex] + System.Math.Max(0, column - 1));
        var end = start;
        while (end < _text.Length && IsNameChar(_text[end])) end++;
        if (end == start && end < _text.Length && _text[end] is not ('\n' or '\r')) end++;
        var length = end - start;
        return new DiagnosticInfo(id, message, path, start, length, lineIndex, column - 1, lineIndex, column - 1 + length);
    }

    private static bool IsNameChar(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
