namespace Boutique.Data.Migrations;

/// <summary>How many migration files a database has applied, and which ones it still lacks.</summary>
public sealed record MigrationStatus(int Applied, IReadOnlyList<string> Pending);
