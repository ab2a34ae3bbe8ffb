namespace Boutique.Data.Migrations;

internal static class MigrationPlan
{
    /// <summary>Sorts scripts by version and refuses two files that claim the same version.</summary>
    public static IReadOnlyList<MigrationScript> Order(IEnumerable<MigrationScript> scripts)
    {
        var ordered = scripts.OrderBy(s => s.Version).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Version == ordered[i - 1].Version)
            {
                throw new InvalidOperationException(
                    $"Migration files \"{ordered[i - 1].FileName}\" and \"{ordered[i].FileName}\" share version {ordered[i].Version:D4}; renumber one of them.");
            }
        }

        return ordered;
    }
}
