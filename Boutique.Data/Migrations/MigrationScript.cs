using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Boutique.Data.Migrations;

/// <summary>One migration file: <c>NNNN_name.sql</c>, its SQL and the SHA-256 of that SQL.</summary>
internal sealed partial record MigrationScript(int Version, string FileName, string Sql)
{
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    public static MigrationScript FromFile(string fileName, string sql)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException(
                $"Migration file \"{fileName}\" is not named NNNN_name.sql (four digits, underscore, lower-case name); rename it.");
        }

        return new MigrationScript(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), fileName, sql);
    }

    [GeneratedRegex(@"^(\d{4})_[a-z0-9_]+\.sql$")]
    private static partial Regex FileNamePattern();
}
