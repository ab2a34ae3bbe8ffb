using GraphQL.Conventions;
using GraphQL.Data;
using GraphQL.Data.DbContexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// <c>AddGraphQL().RegisterDbContextFactory&lt;CatalogDbContext&gt;()</c>: resolvers take the
/// <c>DbContext</c> as a parameter and each field gets its own instance, Hot Chocolate's answer to
/// EF Core's "a second operation was started on this context" when sibling fields run concurrently.
/// </summary>
public static class DbContextBuilderExtensions
{
    /// <summary>
    /// Gives each field whose resolver takes <typeparamref name="TContext"/> its own context from
    /// <see cref="IDbContextFactory{TContext}"/> (register it with <c>AddDbContextFactory</c> or
    /// <c>AddPooledDbContextFactory</c>), disposed when the field's value is materialised. Outside a
    /// field (services, DataLoader constructors) <typeparamref name="TContext"/> stays one per request.
    /// </summary>
    public static GraphQL.IGraphQLBuilder RegisterDbContextFactory<TContext>(this GraphQL.IGraphQLBuilder builder) where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(DbContextRegistration<TContext>)))
        {
            var original = services.LastOrDefault(d => d.ServiceType == typeof(TContext) && !d.IsKeyedService);
            services.RemoveAll<TContext>();
            services.AddSingleton(new DbContextRegistration<TContext>(ToFactory<TContext>(original)));
            services.AddScoped<ScopedDbContextHolder<TContext>>();
            services.AddTransient(sp => FieldDbContextScope<TContext>.Current?.ContextForContainer() ?? sp.GetRequiredService<ScopedDbContextHolder<TContext>>().Context);
        }

        return SchemaTransforms.Add(builder, "DbContext:" + typeof(TContext).FullName, (_, schema) => FieldDbContextMiddleware.Apply<TContext>(schema));
    }

    /// <summary>Hot Chocolate's spelling: <c>RegisterDbContext&lt;T&gt;(DbContextKind.Pooled)</c>.</summary>
    public static GraphQL.IGraphQLBuilder RegisterDbContext<TContext>(this GraphQL.IGraphQLBuilder builder, DbContextKind kind = DbContextKind.Pooled)
        where TContext : DbContext => kind switch
        {
            DbContextKind.Pooled => builder.RegisterDbContextFactory<TContext>(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown DbContextKind."),
        };

    private static Func<IServiceProvider, TContext>? ToFactory<TContext>(ServiceDescriptor? original) where TContext : DbContext => original switch
    {
        null => null,
        { ImplementationFactory: { } factory } => sp => (TContext)factory(sp),
        { ImplementationType: { } type } => sp => (TContext)ActivatorUtilities.CreateInstance(sp, type),
        _ => null,
    };
}
