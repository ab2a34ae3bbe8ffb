using System.Text;

namespace GraphQL.Execution.Coercion;

/// <summary>
/// graphql-js's <c>suggestionList</c> and <c>didYouMean</c>: options within a lexical distance of
/// 40% of the input's length (case changes count as near), best first, at most five.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static string DidYouMean(string input, IEnumerable<string> options)
    {
        var list = SuggestionList(input, options);
        if (list.Count == 0) return string.Empty;
        var sb = new StringBuilder(" Did you mean ");
        var count = Math.Min(list.Count, MaxSuggestions);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(count > 2 ? ", " : " ");
            if (i > 0 && i == count - 1) sb.Append("or ");
            sb.Append('"').Append(list[i]).Append('"');
        }

        return sb.Append('?').ToString();
    }

    public static List<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var scored = new List<(string Option, int Distance)>();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var lowerInput = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = string.Equals(input, option, StringComparison.Ordinal) ? 0
                : string.Equals(lowerInput, option.ToLowerInvariant(), StringComparison.Ordinal) ? 1
                : Distance(lowerInput, option.ToLowerInvariant());
            if (distance <= threshold) scored.Add((option, distance));
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Option, b.Option));
        var result = new List<string>(scored.Count);
        foreach (var (option, _) in scored) result.Add(option);
        return result;
    }

    /// <summary>Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
