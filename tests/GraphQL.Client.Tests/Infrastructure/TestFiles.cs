using System.Runtime.CompilerServices;

namespace GraphQL.Client.Tests.Infrastructure;

/// <summary>The test project's own schema.graphql and Operations/*.graphql, read from the source tree.</summary>
internal static class TestFiles
{
    public static string ProjectDirectory([CallerFilePath] string sourceFile = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(sourceFile)!)!;

    public static string Schema => File.ReadAllText(Path.Combine(ProjectDirectory(), "schema.graphql"));

    /// <summary>The operation files by a stable fake path (<c>/project/Operations/&lt;name&gt;</c>).</summary>
    public static Dictionary<string, string> Operations()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(ProjectDirectory(), "Operations"), "*.graphql").Order(StringComparer.Ordinal))
        {
            result["/project/Operations/" + Path.GetFileName(file)] = File.ReadAllText(file);
        }

        return result;
    }
}
