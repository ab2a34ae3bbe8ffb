namespace Boutique.Data.Migrations;

/// <summary>Where migration files come from: the embedded resources in production, anything in tests.</summary>
internal interface IMigrationSource
{
    IReadOnlyList<MigrationScript> Load();
}
