using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace GraphQL.Tests.Conformance;

/// <summary>What a case is expected to answer and how a disagreement is reported, for every corpus.</summary>
internal static class ConformanceReport
{
    private static readonly JsonObject s_knownDifferences = ConformanceCorpus.KnownDifferences();

    /// <summary>graphql-js's answer, or the spec's when graphql-js 16 deviates (known-differences.json).</summary>
    public static JsonObject Expected(OracleCase c, out JsonObject? known)
    {
        known = s_knownDifferences[c.Id] as JsonObject;
        return known?["expected"] is JsonObject spec ? spec : c.Result;
    }

    /// <summary>
    /// The answer validation alone must give: graphql-js's errors when it stopped at parse or validation,
    /// none when it went on (execution-phase and request errors count as "valid").
    /// </summary>
    public static JsonObject ExpectedValidation(OracleCase c, JsonObject expected) =>
        expected.ContainsKey("data") || expected.ContainsKey("events") || c.Phase is "request"
        || (c.Phase == "validate" && !expected.ContainsKey("errors"))
            ? new JsonObject()
            : new JsonObject { ["errors"] = expected["errors"]!.DeepClone() };

    public static void Report(ITestOutputHelper output, OracleCase c, JsonObject? known, ResultComparer.Comparison comparison, JsonObject expected, JsonObject actual)
    {
        if (known is not null) output.WriteLine($"known graphql-js deviation: {known["reason"]}");
        foreach (var note in comparison.Notes) output.WriteLine("note: " + note);
        if (comparison.Agree) return;

        Assert.Fail($"{c.Id}: our engine disagrees with {(known?["expected"] is null ? "graphql-js" : "the spec")}:\n  "
            + string.Join("\n  ", comparison.Disagreements)
            + $"\nDocument:\n{c.Document}"
            + (c.Variables is null ? "" : $"Variables: {c.Variables.ToJsonString()}\n")
            + (c.OperationName is null ? "" : $"Operation: {c.OperationName}\n")
            + $"Expected: {expected.ToJsonString()}\nOurs:     {actual.ToJsonString()}");
    }
}
