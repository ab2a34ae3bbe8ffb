using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// Runs graphql-js (<c>tests/conformance/oracle.mjs</c>) once per test run and keeps its answers:
/// for each case the document, variables, operation name, the phase where graphql-js stopped
/// (<c>parse</c>, <c>validate</c>, <c>request</c> or <c>execute</c>) and its result.
/// </summary>
public class GraphQLJsOracle
{
    private readonly Lazy<JsonObject> _cases;

    public GraphQLJsOracle()
        : this(Array.Empty<string>())
    {
    }

    /// <summary>The oracle run as <c>node oracle.mjs args...</c> (for instance <c>boutique</c>).</summary>
    protected GraphQLJsOracle(params string[] args) => _cases = new Lazy<JsonObject>(() => (JsonObject)JsonNode.Parse(RunNode(args))!);

    /// <summary>graphql-js's record of one case.</summary>
    public OracleCase this[string id] =>
        _cases.Value[id] is JsonObject c
            ? new OracleCase(id, c)
            : throw new InvalidOperationException($"graphql-js has no case \"{id}\"; is the case file readable by oracle.mjs?");

    public IEnumerable<string> CaseIds => ((IDictionary<string, JsonNode?>)_cases.Value).Keys;

    /// <summary>Runs <c>node oracle.mjs args...</c> in tests/conformance and returns its standard output.</summary>
    public static string RunNode(params string[] args)
    {
        var suite = ConformanceCorpus.SuiteDirectory;
        if (!Directory.Exists(Path.Combine(suite, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed. Run `npm ci` in tests/conformance ({suite}).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = suite,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("oracle.mjs");
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node oracle.mjs failed with exit code {process.ExitCode}:\n{stderr.Result}");
        }

        return stdout;
    }
}

/// <summary>One case as graphql-js ran it.</summary>
public sealed class OracleCase
{
    private readonly JsonObject _json;

    internal OracleCase(string id, JsonObject json)
    {
        Id = id;
        _json = json;
    }

    public string Id { get; }

    public string Document => (string)_json["document"]!;

    /// <summary>
    /// The variables as JSON, or null when the case gives none: parsed from the case file's text, since
    /// graphql-js's record of them has lost numbers beyond a double (JSON.stringify writes 1e999 as null).
    /// </summary>
    public JsonObject? Variables =>
        _json["variablesJson"] is JsonValue text ? JsonNode.Parse((string)text!) as JsonObject : _json["variables"] as JsonObject;

    public string? OperationName => (string?)_json["operationName"];

    /// <summary>Only parse and validate, not execute (a case opts in with <c># validateOnly</c>).</summary>
    public bool ValidateOnly => (bool?)_json["validateOnly"] ?? false;

    /// <summary>Where graphql-js stopped: parse, validate, request (operation selection or variables) or execute.</summary>
    public string Phase => (string)_json["phase"]!;

    /// <summary>
    /// graphql-js's response: <c>{ data?, errors?: [{ message, locations?, path? }] }</c>, or for a
    /// subscription <c>{ events: [response, ...] }</c>.
    /// </summary>
    public JsonObject Result => (JsonObject)_json["result"]!;
}
