using System.Reflection;

namespace Boutique.Data.Migrations;

/// <summary>Reads <c>Migrations/*.sql</c>, embedded as <c>Boutique.Data.Migrations.&lt;file&gt;</c> by the csproj.</summary>
internal sealed class EmbeddedMigrationSource : IMigrationSource
{
    private const string Prefix = "Boutique.Data.Migrations.";

    // Resources never change at run time; read and hash them once (readiness probes call Load often).
    private readonly Lazy<IReadOnlyList<MigrationScript>> _scripts = new(ReadAll);

    public static EmbeddedMigrationSource Instance { get; } = new();

    public IReadOnlyList<MigrationScript> Load() => _scripts.Value;

    private static IReadOnlyList<MigrationScript> ReadAll()
    {
        var assembly = typeof(EmbeddedMigrationSource).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            scripts.Add(MigrationScript.FromFile(resource[Prefix.Length..], Read(assembly, resource)));
        }

        return MigrationPlan.Order(scripts);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        // Line endings are normalised so a checkout with CRLF does not look like an edited migration.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
