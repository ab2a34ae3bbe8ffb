using System;
using System.Collections.Generic;
using System.Text;

namespace GraphQL.Types;

/// <summary>
/// "Did you mean ...?" suggestions worded and ranked as graphql-js does: candidates within an edit
/// distance of 40% of the input (a case change counts as one edit, a swap of neighbours as one),
/// nearest first, then in natural order; at most five are named.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static List<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var found = new List<(string Option, int Distance)>();
        var inputLower = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = Distance(input, inputLower, option, threshold);
            if (distance >= 0) found.Add((option, distance));
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var entry in found) result.Add(entry.Option);
        return result;
    }

    /// <summary><c> Did you mean "a", "b", or "c"?</c>, or the empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0) return string.Empty;
        var sb = new StringBuilder(" Did you mean ");
        if (subMessage is not null) sb.Append(subMessage).Append(' ');
        if (suggestions.Count == 1) return sb.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        if (suggestions.Count == 2)
        {
            return sb.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(MaxSuggestions, suggestions.Count);
        for (var i = 0; i < count - 1; i++) sb.Append('"').Append(suggestions[i]).Append("\", ");
        return sb.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    public static string DidYouMean(string input, IEnumerable<string> options, string? subMessage = null) =>
        DidYouMean(List(input, options), subMessage);

    /// <summary>Optimal string alignment distance, or -1 when above <paramref name="threshold"/>.</summary>
    private static int Distance(string input, string inputLower, string option, int threshold)
    {
        if (string.Equals(input, option, StringComparison.Ordinal)) return 0;
        var optionLower = option.ToLowerInvariant();
        if (string.Equals(inputLower, optionLower, StringComparison.Ordinal)) return 1;

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > threshold) return -1;

        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[0][j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                if (cell < smallest) smallest = cell;
                current[j] = cell;
            }

            if (smallest > threshold) return -1;
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : -1;
    }

    /// <summary>Compares digit runs by numeric value and everything else by UTF-16 code unit.</summary>
    internal static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsDigit(a[i]) && char.IsDigit(b[j]))
            {
                long na = 0, nb = 0;
                while (i < a.Length && char.IsDigit(a[i])) na = (na * 10) + (a[i++] - '0');
                while (j < b.Length && char.IsDigit(b[j])) nb = (nb * 10) + (b[j++] - '0');
                if (na != nb) return na < nb ? -1 : 1;
            }
            else
            {
                if (a[i] != b[j]) return a[i] < b[j] ? -1 : 1;
                i++;
                j++;
            }
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
