using Boutique.Tests.Infrastructure;

namespace Boutique.Tests.Data;

public sealed class SchemaAgreementTests
{
    [Fact]
    public async Task MigrationsProduceExactlyTheSchemaTheEfModelDescribes()
    {
        await using var migrated = await PostgresDatabase.CreateAsync(migrated: true);
        await using var fromModel = await PostgresDatabase.CreateAsync(migrated: false);
        await using (var db = fromModel.CreateDbContext())
        {
            Assert.True(await db.Database.EnsureCreatedAsync());
        }

        var migrations = await SchemaSnapshot.ReadAsync(migrated.ConnectionString);
        var model = await SchemaSnapshot.ReadAsync(fromModel.ConnectionString);

        var differences = SchemaSnapshot.Differences(migrations, "migrations", model, "EF model");
        Assert.True(differences.Count == 0,
            "The SQL migrations and the EF Core model disagree. Add a migration file or fix the entity configuration:\n"
            + string.Join("\n", differences));
        // Guard against comparing two empty schemas.
        Assert.Equal(16, migrations.Count("table"));
        Assert.True(migrations.Count("index") > 40);
        Assert.True(migrations.Count("constraint") > 60);
    }
}
