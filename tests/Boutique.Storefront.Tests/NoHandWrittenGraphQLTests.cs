using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Boutique.Storefront.Tests;

/// <summary>
/// Every GraphQL call of the storefront goes through the generated client (Operations/*.graphql →
/// IBoutiqueClient): no source file may make HTTP calls by hand, name the GraphQL endpoint or carry a
/// GraphQL document in a string. Two exceptions, each for one kind of match only: the image pass-through
/// makes HTTP calls (it moves bytes, not GraphQL) and the settings hold the default endpoint URL.
/// </summary>
public sealed partial class NoHandWrittenGraphQLTests
{
    private const string Http = "HTTP call";
    private const string Endpoint = "GraphQL endpoint or document";

    private static readonly (string File, string Kind)[] Allowed =
    [
        (Path.Combine("Images", "ImagePassThrough.cs"), Http),
        (Path.Combine("Hosting", "StorefrontSettings.cs"), Endpoint),
    ];

    [Fact]
    public void StorefrontSourcesMakeNoHttpCallsOutsideTheImagePassThrough()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(StorefrontDirectory(), file);
            foreach (Match m in Forbidden().Matches(File.ReadAllText(file)))
            {
                var kind = KindOf(m.Value);
                if (!Allowed.Contains((relative, kind))) offenders.Add($"{relative}: {kind} \"{m.Value}\"");
            }
        }

        Assert.True(offenders.Count == 0, "Hand-written HTTP/GraphQL in the storefront (use Operations/*.graphql):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void TheScanSeesThePagesAndWouldCatchAnHttpClient()
    {
        var files = SourceFiles().Select(f => Path.GetRelativePath(StorefrontDirectory(), f)).ToList();
        Assert.Contains(Path.Combine("Pages", "Products", "Index.cshtml.cs"), files);
        Assert.Contains(Path.Combine("Pages", "Products", "Details.cshtml"), files);
        Assert.Matches(Forbidden(), "new HttpClient()");
        Assert.Matches(Forbidden(), "await http.PostAsync(url, body)");
        Assert.Matches(Forbidden(), "var url = \"http://localhost:5080/graphql\";");
        Assert.Matches(Forbidden(), "\"query { products { nodes { name } } }\"");
        Assert.Matches(Forbidden(), "IHttpClientFactory factory");
        Assert.Equal(Http, KindOf("HttpClient"));
        Assert.Equal(Endpoint, KindOf("\"/graphql\""));
        // The exceptions are not stale: each file still has the kind of match it is excused for.
        Assert.All(Allowed, a => Assert.Contains(
            Forbidden().Matches(File.ReadAllText(Path.Combine(StorefrontDirectory(), a.File))).Select(m => KindOf(m.Value)), kind => kind == a.Kind));
    }

    [Fact]
    public void EveryOperationFileIsUsedThroughTheGeneratedClient()
    {
        var operations = Directory.GetFiles(Path.Combine(StorefrontDirectory(), "Operations"), "*.graphql")
            .SelectMany(f => OperationName().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToList();
        var code = string.Join('\n', SourceFiles().Select(File.ReadAllText));

        Assert.NotEmpty(operations);
        Assert.All(operations, name => Assert.Contains($"client.{name}.ExecuteAsync", code));
    }

    private static string KindOf(string match) => match.StartsWith('"') ? Endpoint : Http;

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(StorefrontDirectory(), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    private static string StorefrontDirectory([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "Boutique.Storefront"));

    /// <summary>HTTP by hand, the endpoint's path in a string, fetch() in scripts, or a GraphQL document in a string.</summary>
    [GeneratedRegex("""\bHttpClient\b|IHttpClientFactory|\b(Post|Send|Get)Async\s*\(|HttpRequestMessage|"[^"\n]*/graphql[^"\n]*"|\bfetch\s*\(|XMLHttpRequest|"\s*(query|mutation|subscription)\b[^"\n]*\{""")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
