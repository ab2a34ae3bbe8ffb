using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Boutique.Data.Common;

/// <summary>
/// Gives every table, column, key, foreign key and index a snake_case name, so SQL written by hand
/// (migrations, reports) never needs quoted identifiers. EFCore.NamingConventions is not available
/// on our registry, hence this small convention.
/// </summary>
internal sealed class SnakeCaseNamingConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        var entityTypes = modelBuilder.Metadata.GetEntityTypes().ToList();

        // Tables and columns first: the default names of keys and indexes are derived from them.
        foreach (var entityType in entityTypes)
        {
            if (entityType.GetTableName() is { } table && !entityType.IsOwned())
            {
                entityType.SetTableName(ToSnakeCase(table));
            }

            var storeObject = StoreObjectIdentifier.Create(entityType, StoreObjectType.Table);
            foreach (var property in entityType.GetDeclaredProperties())
            {
                if (storeObject is { } so && property.GetColumnName(so) is { } column)
                {
                    property.SetColumnName(ToSnakeCase(column));
                }
            }
        }

        foreach (var entityType in entityTypes)
        {
            foreach (var key in entityType.GetDeclaredKeys())
            {
                if (key.GetName() is { } name) key.SetName(ToSnakeCase(name));
            }

            foreach (var foreignKey in entityType.GetDeclaredForeignKeys())
            {
                if (foreignKey.GetConstraintName() is { } name) foreignKey.SetConstraintName(ToSnakeCase(name));
            }

            foreach (var index in entityType.GetDeclaredIndexes())
            {
                if (index.GetDatabaseName() is { } name) index.SetDatabaseName(ToSnakeCase(name));
            }
        }
    }

    /// <summary>"ProductVariants" → "product_variants", "PK_users" → "pk_users", "IX_Foo_BarId" → "ix_foo_bar_id".</summary>
    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                var startsWord = previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)));
                if (startsWord) builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
