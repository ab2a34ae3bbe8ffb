namespace Boutique.Data.Migrations;

/// <summary>An applied migration file was edited afterwards; the database no longer matches the files.</summary>
public sealed class MigrationChecksumMismatchException(string fileName, string appliedChecksum, string currentChecksum)
    : InvalidOperationException(
        $"Migration \"{fileName}\" was changed after it was applied to this database " +
        $"(applied checksum {appliedChecksum[..12]}…, file now {currentChecksum[..12]}…). " +
        "Restore the file's original content and put the change in a new migration file.")
{
    public string FileName { get; } = fileName;
}
