namespace Boutique.Data.Migrations;

/// <summary>Migration files given as (file name, SQL) pairs; used by tests.</summary>
internal sealed class InMemoryMigrationSource(params (string FileName, string Sql)[] files) : IMigrationSource
{
    public IReadOnlyList<MigrationScript> Load()
        => MigrationPlan.Order(files.Select(f => MigrationScript.FromFile(f.FileName, f.Sql)));
}
