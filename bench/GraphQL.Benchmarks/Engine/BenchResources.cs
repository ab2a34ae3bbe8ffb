using System.Reflection;

namespace GraphQL.Benchmarks.Engine;

/// <summary>The schemas and documents under <c>Engine/Schemas</c> and <c>Engine/Documents</c>, shared with <c>bench/node</c>.</summary>
internal static class BenchResources
{
    public static string Schema(string name) => Read("Schemas/" + name + ".graphql");

    public static string Document(string name) => Read("Documents/" + name + ".graphql");

    private static string Read(string logicalName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The benchmark resource \"{logicalName}\" is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
