using System;
using System.Collections.Generic;
using System.Text;

namespace GraphQL.Types;

/// <summary>
/// "Did you mean ...?" suggestions as graphql-js makes them: candidates within a lexical distance of
/// 40% of the input's length (Damerau-Levenshtein where a change of case alone counts as one edit),
/// best first, ties in natural order; at most five are shown. Shared by validation (spec §5), value
/// coercion and the SDL checks so that every "Did you mean" reads and ranks the same.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, closest first (graphql-js <c>suggestionList</c>).</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var measure = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            if (distances.ContainsKey(option)) continue;
            var distance = measure.Measure(option, threshold);
            if (distance >= 0) distances.Add(option, distance);
        }

        var result = new List<string>(distances.Keys);
        result.Sort((a, b) =>
        {
            var diff = distances[a] - distances[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary><c> Did you mean {subMessage} "a", "b", or "c"?</c>, or the empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0) return string.Empty;
        var text = new StringBuilder(" Did you mean ");
        if (!string.IsNullOrEmpty(subMessage)) text.Append(subMessage).Append(' ');
        switch (suggestions.Count)
        {
            case 1:
                return text.Append('"').Append(suggestions[0]).Append("\"?").ToString();
            case 2:
                return text.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++) text.Append('"').Append(suggestions[i]).Append("\", ");
        return text.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>The suggestions for <paramref name="input"/> among <paramref name="options"/>, worded.</summary>
    public static string DidYouMean(string input, IEnumerable<string> options, string? subMessage = null) =>
        DidYouMean(List(input, options), subMessage);

    /// <summary>Compares strings with runs of digits compared by value ("a2" before "a10"), as graphql-js <c>naturalCompare</c>.</summary>
    public static int NaturalCompare(string a, string b)
    {
        var ai = 0;
        var bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            int ac = a[ai];
            int bc = b[bi];
            if (IsDigit(ac) && IsDigit(bc))
            {
                long an = 0;
                do
                {
                    ++ai;
                    an = an * 10 + ac - '0';
                    ac = ai < a.Length ? a[ai] : -1;
                }
                while (IsDigit(ac) && an > 0);

                long bn = 0;
                do
                {
                    ++bi;
                    bn = bn * 10 + bc - '0';
                    bc = bi < b.Length ? b[bi] : -1;
                }
                while (IsDigit(bc) && bn > 0);

                if (an < bn) return -1;
                if (an > bn) return 1;
            }
            else
            {
                if (ac < bc) return -1;
                if (ac > bc) return 1;
                ++ai;
                ++bi;
            }
        }

        return a.Length - b.Length;
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    /// <summary>Optimal string alignment distance over lower-cased strings, with an early exit above the threshold.</summary>
    private sealed class LexicalDistance
    {
        private readonly string _input;
        private readonly string _inputLower;
        private readonly int[][] _rows;

        public LexicalDistance(string input)
        {
            _input = input;
            _inputLower = input.ToLowerInvariant();
            _rows = new[] { new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1] };
        }

        /// <summary>The distance, or -1 when it exceeds <paramref name="threshold"/>.</summary>
        public int Measure(string option, int threshold)
        {
            if (string.Equals(_input, option, StringComparison.Ordinal)) return 0;
            var optionLower = option.ToLowerInvariant();

            // Any change of case counts as a single edit.
            if (string.Equals(_inputLower, optionLower, StringComparison.Ordinal)) return 1;

            var a = optionLower;
            var b = _inputLower;
            if (a.Length < b.Length) (a, b) = (b, a);
            var aLength = a.Length;
            var bLength = b.Length;
            if (aLength - bLength > threshold) return -1;

            var rows = _rows;
            if (rows[0].Length < bLength + 1)
            {
                for (var r = 0; r < 3; r++) rows[r] = new int[bLength + 1];
            }

            for (var j = 0; j <= bLength; j++) rows[0][j] = j;

            for (var i = 1; i <= aLength; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= bLength; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        // Transposition of two adjacent characters.
                        currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    if (currentCell < smallestCell) smallestCell = currentCell;
                    currentRow[j] = currentCell;
                }

                // The distance cannot shrink below the smallest cell of this row.
                if (smallestCell > threshold) return -1;
            }

            var distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : -1;
        }
    }
}
