using Npgsql;

namespace Boutique.Tests.Data;

/// <summary>
/// A database's schema read from information_schema and pg_catalog, as sorted lines per kind of object,
/// so two databases can be compared and the differences printed one per line.
/// </summary>
internal sealed record SchemaSnapshot(IReadOnlyDictionary<string, SortedSet<string>> Objects)
{
    /// <summary>The migrator's own bookkeeping is not part of the EF model.</summary>
    private const string Excluded = "'schema_migrations'";

    private static readonly (string Kind, string Sql)[] Queries =
    [
        ("table", $"""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_name NOT IN ({Excluded})
            """),
        ("column", $"""
            SELECT concat_ws(' | ', table_name, column_name, data_type, udt_name,
                'len=' || coalesce(character_maximum_length::text, '-'),
                'num=' || coalesce(numeric_precision::text, '-') || ',' || coalesce(numeric_scale::text, '-'),
                'nullable=' || is_nullable,
                'default=' || coalesce(column_default, '-'),
                'generated=' || is_generated || ' ' || coalesce(generation_expression, '-'))
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name NOT IN ({Excluded})
            """),
        ("index", $"""
            SELECT tablename || ' | ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename NOT IN ({Excluded})
            """),
        ("constraint", $"""
            SELECT concat_ws(' | ', rel.relname, con.conname, con.contype::text, pg_get_constraintdef(con.oid))
            FROM pg_constraint con
            JOIN pg_class rel ON rel.oid = con.conrelid
            JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public' AND rel.relname NOT IN ({Excluded})
            """),
        ("sequence", """
            SELECT concat_ws(' | ', sequence_name, data_type, start_value, minimum_value, maximum_value, increment, cycle_option)
            FROM information_schema.sequences WHERE sequence_schema = 'public'
            """),
    ];

    public static async Task<SchemaSnapshot> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var objects = new Dictionary<string, SortedSet<string>>();
        foreach (var (kind, sql) in Queries)
        {
            var lines = new SortedSet<string>(StringComparer.Ordinal);
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            objects[kind] = lines;
        }

        return new SchemaSnapshot(objects);
    }

    /// <summary>One line per difference: "only in {name}: {kind} {definition}"; empty when equal.</summary>
    public static IReadOnlyList<string> Differences(SchemaSnapshot left, string leftName, SchemaSnapshot right, string rightName)
    {
        var differences = new List<string>();
        foreach (var kind in left.Objects.Keys)
        {
            differences.AddRange(left.Objects[kind].Except(right.Objects[kind]).Select(line => $"only in {leftName}: {kind} {line}"));
            differences.AddRange(right.Objects[kind].Except(left.Objects[kind]).Select(line => $"only in {rightName}: {kind} {line}"));
        }

        return differences;
    }

    public int Count(string kind) => Objects[kind].Count;
}
