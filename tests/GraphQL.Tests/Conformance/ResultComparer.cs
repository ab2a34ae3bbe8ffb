using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// Compares two GraphQL responses the way the suite defines agreement: the same <c>data</c>
/// (present on both or neither, JSON deep-equal with keys in the same order and numbers by value),
/// errors on both or neither, the same number of errors, and the same error paths, messages and
/// locations (each compared as a sorted list: the order of errors is not specified). A subscription's response stream
/// (<c>{ "events": [...] }</c>) agrees when it has as many events and each event agrees.
/// <para>
/// Before comparing, both sides are normalised where the spec leaves the answer to the
/// implementation: the order of <c>__schema.types</c>, <c>__schema.directives</c> and
/// <c>possibleTypes</c> (spec §4.2 does not order them), and the description prose of built-in
/// scalars, built-in directives and introspection types.
/// </para>
/// </summary>
internal static class ResultComparer
{
    private static readonly HashSet<string> s_builtInNames = new(StringComparer.Ordinal)
    {
        "String", "Int", "Float", "Boolean", "ID", "skip", "include", "deprecated", "specifiedBy", "oneOf",
    };

    public sealed record Comparison(IReadOnlyList<string> Disagreements, IReadOnlyList<string> Notes)
    {
        public bool Agree => Disagreements.Count == 0;
    }

    public static Comparison Compare(JsonObject expected, JsonObject actual, bool ignoreIntrospectionTypes = false)
    {
        if (expected.ContainsKey("events") || actual.ContainsKey("events")) return CompareEvents(expected, actual);

        var disagreements = new List<string>();
        var notes = new List<string>();
        expected = Normalize(expected, ignoreIntrospectionTypes);
        actual = Normalize(actual, ignoreIntrospectionTypes);

        var expectedHasData = expected.ContainsKey("data");
        var actualHasData = actual.ContainsKey("data");
        if (expectedHasData != actualHasData)
        {
            disagreements.Add(expectedHasData
                ? "graphql-js answers with a data entry, our engine without one."
                : "our engine answers with a data entry, graphql-js without one.");
        }
        else if (expectedHasData)
        {
            var difference = FirstDifference(expected["data"], actual["data"], "data");
            if (difference is not null) disagreements.Add(difference);
        }

        var expectedErrors = Errors(expected);
        var actualErrors = Errors(actual);
        if ((expectedErrors.Count == 0) != (actualErrors.Count == 0))
        {
            disagreements.Add($"graphql-js reports {expectedErrors.Count} error(s), our engine {actualErrors.Count}.");
        }
        else if (expectedErrors.Count != actualErrors.Count)
        {
            disagreements.Add($"graphql-js reports {expectedErrors.Count} errors, our engine {actualErrors.Count}.");
        }

        var expectedPaths = SortedStrings(expectedErrors, "path");
        var actualPaths = SortedStrings(actualErrors, "path");
        if (expectedErrors.Count == actualErrors.Count && !expectedPaths.SequenceEqual(actualPaths))
        {
            disagreements.Add($"error paths differ: graphql-js [{string.Join(", ", expectedPaths)}], ours [{string.Join(", ", actualPaths)}].");
        }

        var expectedMessages = SortedStrings(expectedErrors, "message");
        var actualMessages = SortedStrings(actualErrors, "message");
        if (!expectedMessages.SequenceEqual(actualMessages))
        {
            disagreements.Add("messages differ:\n  graphql-js: " + string.Join("\n              ", expectedMessages)
                + "\n  ours:       " + string.Join("\n              ", actualMessages));
        }

        var expectedLocations = SortedStrings(expectedErrors, "locations");
        var actualLocations = SortedStrings(actualErrors, "locations");
        if (!expectedLocations.SequenceEqual(actualLocations))
        {
            disagreements.Add($"locations differ: graphql-js [{string.Join(", ", expectedLocations)}], ours [{string.Join(", ", actualLocations)}].");
        }

        return new Comparison(disagreements, notes);
    }

    /// <summary>Subscriptions: the same number of events, and each event's response agrees as a single response does.</summary>
    private static Comparison CompareEvents(JsonObject expected, JsonObject actual)
    {
        if (expected["events"] is not JsonArray expectedEvents || actual["events"] is not JsonArray actualEvents)
        {
            return new Comparison(
                new[] { expected.ContainsKey("events") ? "graphql-js answers with a response stream, our engine with one response." : "our engine answers with a response stream, graphql-js with one response." },
                Array.Empty<string>());
        }

        var disagreements = new List<string>();
        var notes = new List<string>();
        if (expectedEvents.Count != actualEvents.Count)
        {
            disagreements.Add($"graphql-js streams {expectedEvents.Count} events, our engine {actualEvents.Count}.");
        }

        for (var i = 0; i < Math.Min(expectedEvents.Count, actualEvents.Count); i++)
        {
            var each = Compare((JsonObject)expectedEvents[i]!, (JsonObject)actualEvents[i]!);
            foreach (var d in each.Disagreements) disagreements.Add($"event {i}: {d}");
            foreach (var n in each.Notes) notes.Add($"event {i}: {n}");
        }

        return new Comparison(disagreements, notes);
    }

    private static List<JsonObject> Errors(JsonObject response)
    {
        var list = new List<JsonObject>();
        if (response["errors"] is JsonArray errors)
        {
            foreach (var e in errors) list.Add((JsonObject)e!);
        }

        return list;
    }

    private static List<string> SortedStrings(List<JsonObject> errors, string property)
    {
        var list = new List<string>();
        foreach (var e in errors)
        {
            var value = e[property];
            list.Add(value is null ? "null" : value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString());
        }

        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>The first place where two JSON values differ, as a sentence, or null when they are equal.</summary>
    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path}: graphql-js null, ours {actual.ToJsonString()}.";
            case JsonObject eo:
            {
                if (actual is not JsonObject ao) return $"{path}: graphql-js {Short(expected)}, ours {Short(actual)}.";
                var ek = eo.Select(p => p.Key).ToList();
                var ak = ao.Select(p => p.Key).ToList();
                if (!ek.SequenceEqual(ak))
                {
                    return $"{path}: keys differ: graphql-js [{string.Join(", ", ek)}], ours [{string.Join(", ", ak)}].";
                }

                foreach (var key in ek)
                {
                    var d = FirstDifference(eo[key], ao[key], path + "." + key);
                    if (d is not null) return d;
                }

                return null;
            }

            case JsonArray ea:
            {
                if (actual is not JsonArray aa) return $"{path}: graphql-js {Short(expected)}, ours {Short(actual)}.";
                if (ea.Count != aa.Count) return $"{path}: graphql-js has {ea.Count} items, ours {aa.Count}: graphql-js {Short(ea)}, ours {Short(aa)}.";
                for (var i = 0; i < ea.Count; i++)
                {
                    var d = FirstDifference(ea[i], aa[i], $"{path}[{i}]");
                    if (d is not null) return d;
                }

                return null;
            }

            default:
                return ScalarEquals((JsonValue)expected, actual) ? null : $"{path}: graphql-js {Short(expected)}, ours {Short(actual)}.";
        }
    }

    private static bool ScalarEquals(JsonValue expected, JsonNode? actual)
    {
        if (actual is not JsonValue a) return false;
        var ek = expected.GetValueKind();
        var ak = a.GetValueKind();
        if (ek != ak) return false;
        return ek == JsonValueKind.Number
            ? expected.GetValue<double>() == a.GetValue<double>() // 1 and 1.0 are the same JSON number
            : expected.ToJsonString() == a.ToJsonString();
    }

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 300 ? text.Substring(0, 300) + "..." : text;
    }

    private static JsonObject Normalize(JsonObject response, bool ignoreIntrospectionTypes)
    {
        var copy = (JsonObject)response.DeepClone();
        if (copy["data"] is JsonNode data) NormalizeNode(data, parentKey: null, ignoreIntrospectionTypes);
        return copy;
    }

    private static void NormalizeNode(JsonNode node, string? parentKey, bool ignoreIntrospectionTypes)
    {
        if (node is JsonObject obj)
        {
            if (obj["name"] is JsonValue name && name.TryGetValue<string>(out var n)
                && (s_builtInNames.Contains(n) || n.StartsWith("__", StringComparison.Ordinal)))
            {
                BlankDescriptions(obj);
            }

            foreach (var (key, value) in obj.ToList())
            {
                if (value is null) continue;
                if (parentKey == "__schema" && value is JsonArray list && (key == "types" || key == "directives"))
                {
                    if (key == "types" && ignoreIntrospectionTypes) RemoveIntrospectionTypes(list);
                    SortByName(list);
                }
                else if (key == "possibleTypes" && value is JsonArray possible)
                {
                    SortByName(possible);
                }

                NormalizeNode(value, key, ignoreIntrospectionTypes);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null) NormalizeNode(item, parentKey, ignoreIntrospectionTypes);
            }
        }
    }

    private static void BlankDescriptions(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj.ContainsKey("description")) obj["description"] = "(built-in description)";
            foreach (var (_, value) in obj.ToList())
            {
                if (value is not null) BlankDescriptions(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null) BlankDescriptions(item);
            }
        }
    }

    private static void RemoveIntrospectionTypes(JsonArray types)
    {
        for (var i = types.Count - 1; i >= 0; i--)
        {
            if (types[i] is JsonObject t && ((string?)t["name"])?.StartsWith("__", StringComparison.Ordinal) == true) types.RemoveAt(i);
        }
    }

    private static void SortByName(JsonArray list)
    {
        var items = list.ToList();
        list.Clear();
        items.Sort((a, b) => string.CompareOrdinal(NameOf(a), NameOf(b)));
        foreach (var item in items) list.Add(item);
    }

    private static string NameOf(JsonNode? node) => node is JsonObject o && o["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
