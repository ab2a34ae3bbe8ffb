using System.Runtime.CompilerServices;

namespace GraphQL.Client.Tests.Infrastructure;

/// <summary>
/// Snapshot files under <c>__snapshots__/&lt;Test&gt;.cs</c> beside the test's source file. With
/// <c>UPDATE_SNAPSHOTS=1</c> the actual text is written; otherwise it must equal the file, and a mismatch fails
/// with the first differing lines.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, [CallerMemberName] string test = "", [CallerFilePath] string sourceFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "__snapshots__");
        var path = Path.Combine(directory, test + ".cs");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot {path}: run the test with UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        Assert.Fail($"Snapshot {path} differs (UPDATE_SNAPSHOTS=1 accepts the new output):\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(e.Length, a.Length) && lines.Count < 30; i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left == right) continue;
            lines.Add($"line {i + 1}:\n- {left}\n+ {right}");
        }

        return string.Join("\n", lines);
    }
}
