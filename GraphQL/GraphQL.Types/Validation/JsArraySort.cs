using System;
using System.Collections.Generic;

namespace GraphQL.Validation;

/// <summary>
/// Sorts exactly as V8's <c>Array.prototype.sort</c> does for short arrays (one run, then binary insertion).
/// Needed where graphql-js sorts with a comparator that is not a total order (type suggestions of
/// FieldsOnCorrectTypeRule): there the result depends on the algorithm, and ours must match graphql-js's.
/// </summary>
internal static class JsArraySort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var count = items.Count;
        if (count < 2) return;
        var runLength = CountAndMakeRun(items, count, compare);
        for (var start = runLength; start < count; start++)
        {
            var pivot = items[start];
            var left = 0;
            var right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0) right = mid;
                else left = mid + 1;
            }

            for (var p = start; p > left; p--) items[p] = items[p - 1];
            items[left] = pivot;
        }
    }

    // The longest ascending, or strictly descending (then reversed), run at the start.
    private static int CountAndMakeRun<T>(List<T> items, int count, Comparison<T> compare)
    {
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < count; i++)
        {
            var current = items[i];
            var order = compare(current, previous);
            if (descending ? order >= 0 : order < 0) break;
            previous = current;
            runLength++;
        }

        if (descending) items.Reverse(0, runLength);
        return runLength;
    }
}
