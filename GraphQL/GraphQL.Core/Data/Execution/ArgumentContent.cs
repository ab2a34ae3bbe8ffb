using System.Collections;

namespace GraphQL.Data.Execution;

/// <summary>
/// Whether two coerced argument values (nested dictionaries, lists and scalars) are the same value,
/// so that what was built from one serves the other. Values from variables are new instances on every
/// request; comparing them costs a few hundred instructions where rebuilding a filter predicate costs
/// ~24,000 and the sort keys ~16,000 (callgrind, docs/performance.md "Data middleware").
/// </summary>
internal static class ArgumentContent
{
    // Coerced input values are as deep as the document that wrote them; deeper than this is not worth comparing.
    private const int MaxDepth = 32;

    public static bool Same(object? a, object? b) => Same(a, b, 0);

    private static bool Same(object? a, object? b, int depth)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || depth > MaxDepth || a.GetType() != b.GetType()) return false;
        switch (a)
        {
            case string s:
                return string.Equals(s, (string)b, StringComparison.Ordinal);
            case IReadOnlyDictionary<string, object?> map:
                var other = (IReadOnlyDictionary<string, object?>)b;
                if (map.Count != other.Count) return false;
                foreach (var (key, value) in map)
                {
                    if (!other.TryGetValue(key, out var otherValue) || !Same(value, otherValue, depth + 1)) return false;
                }

                return true;
            case IList list:
                var otherList = (IList)b;
                if (list.Count != otherList.Count) return false;
                for (var i = 0; i < list.Count; i++)
                {
                    if (!Same(list[i], otherList[i], depth + 1)) return false;
                }

                return true;
            // Equal instants at different offsets are equal to Equals, but are not the same value to send.
            case DateTimeOffset time:
                return time.EqualsExact((DateTimeOffset)b);
            // Scale is part of a decimal's value as written (1.0 vs 1); keep it rather than reuse another.
            case decimal number:
                return number == (decimal)b && number.Scale == ((decimal)b).Scale;
            case IEnumerable:
                return false;
            default:
                return a.Equals(b);
        }
    }
}
