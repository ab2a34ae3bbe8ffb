using System.Text.Json.Nodes;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// Where the differential suite lives (<c>tests/conformance</c>) and which cases it holds. Case ids are
/// read from the case files here so that every document is its own test result; the documents,
/// variables and graphql-js's answers come from the oracle (<see cref="GraphQLJsOracle"/>), which
/// parses the same files, so the two sides cannot disagree about what a case contains.
/// </summary>
internal static class ConformanceCorpus
{
    private static readonly Lazy<string> s_root = new(FindRepositoryRoot);

    /// <summary>The repository root: the first parent of the test binaries holding Boutique.sln.</summary>
    public static string RepositoryRoot => s_root.Value;

    public static string SuiteDirectory => Path.Combine(RepositoryRoot, "tests", "conformance");

    public static string SchemaPath => Path.Combine(SuiteDirectory, "schema.graphql");

    public static string DataPath => Path.Combine(SuiteDirectory, "data.json");

    /// <summary>The Boutique API's printed schema, which the boutique-cases corpus is validated against.</summary>
    public static string BoutiqueSchemaPath => Path.Combine(RepositoryRoot, "schema.graphql");

    public static string BoutiqueCasesDirectory => Path.Combine(SuiteDirectory, "boutique-cases");

    /// <summary>Every case id, <c>&lt;file name without .graphql&gt;/&lt;id&gt;</c>, in file order.</summary>
    public static IReadOnlyList<string> CaseIds() => CaseIds(executableOnly: false);

    /// <summary>xunit member data: one row per case that is executed (not marked <c># validateOnly</c>).</summary>
    public static TheoryData<string> ExecutableCases()
    {
        var data = new TheoryData<string>();
        foreach (var id in CaseIds(executableOnly: true)) data.Add(id);
        return data;
    }

    /// <summary>Every case id of the boutique-cases corpus, in file order.</summary>
    public static IReadOnlyList<string> BoutiqueCaseIds() => CaseIds(BoutiqueCasesDirectory, executableOnly: false);

    /// <summary>xunit member data: one row per case of the boutique-cases corpus.</summary>
    public static TheoryData<string> BoutiqueCases()
    {
        var data = new TheoryData<string>();
        foreach (var id in BoutiqueCaseIds()) data.Add(id);
        return data;
    }

    private static IReadOnlyList<string> CaseIds(bool executableOnly) => CaseIds(Path.Combine(SuiteDirectory, "cases"), executableOnly);

    private static IReadOnlyList<string> CaseIds(string directory, bool executableOnly)
    {
        var ids = new List<string>();
        var files = Directory.GetFiles(directory, "*.graphql");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var group = Path.GetFileNameWithoutExtension(file);
            string? pending = null;
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("# case: ", StringComparison.Ordinal))
                {
                    if (pending is not null) ids.Add(pending);
                    pending = group + "/" + line.Substring("# case: ".Length).Trim();
                }
                else if (executableOnly && pending is not null && line.Trim() == "# validateOnly")
                {
                    pending = null;
                }
            }

            if (pending is not null) ids.Add(pending);
        }

        return ids;
    }

    /// <summary>xunit member data: one row per case id.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var id in CaseIds()) data.Add(id);
        return data;
    }

    /// <summary>Cases where graphql-js 16 deviates from the September 2025 spec (known-differences.json).</summary>
    public static JsonObject KnownDifferences() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(SuiteDirectory, "known-differences.json")))!;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Boutique.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException(
            $"Boutique.sln was not found above {AppContext.BaseDirectory}; the conformance suite needs the repository checkout.");
    }
}
