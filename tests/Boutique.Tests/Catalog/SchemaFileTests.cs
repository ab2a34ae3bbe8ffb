using Boutique.Graph.Hosting;
using Boutique.Tests.Graph;
using Boutique.Tests.Infrastructure;

namespace Boutique.Tests.Catalog;

/// <summary>schema.graphql at the repository root is the public contract: it must be what the running schema prints.</summary>
[Collection(HostCollection.Name)]
public sealed class SchemaFileTests
{
    [Fact]
    public async Task SchemaIsUpToDate()
    {
        await using var api = new BoutiqueApiFactory(BoutiqueApiFactory.UnreachableConnectionString());
        var printed = GraphQLSetup.PrintSchema(api.Services);
        var path = Path.Combine(RepositoryRoot(), "schema.graphql");

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, printed);
        }

        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed,
            "schema.graphql is stale. Regenerate it with `UPDATE_SCHEMA=1 dotnet test tests/Boutique.Tests --filter SchemaIsUpToDate` " +
            "or `dotnet Boutique.Graph/bin/Debug/net10.0/Boutique.Graph.dll print-schema > schema.graphql`, review the diff, and commit it.");
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Boutique.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Boutique.sln not found above " + here);
    }
}
