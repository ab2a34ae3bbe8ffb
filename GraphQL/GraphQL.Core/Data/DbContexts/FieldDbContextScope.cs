using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Data.DbContexts;

/// <summary>
/// The context of the field being resolved. The field's middleware opens a scope around the resolver;
/// the transient <typeparamref name="TContext"/> registration hands the scope's instance to the
/// resolver's parameter (created from the factory on first ask), and the middleware disposes it.
/// An <see cref="AsyncLocal{T}"/> carries the scope because the compiled resolver asks the request's
/// services, which are shared by every field of the request.
/// </summary>
internal sealed class FieldDbContextScope<TContext> : IAsyncDisposable where TContext : DbContext
{
    private static readonly AsyncLocal<FieldDbContextScope<TContext>?> s_current = new();
    private readonly IServiceProvider _services;
    private TContext? _context;

    private FieldDbContextScope(IServiceProvider services) => _services = services;

    public static FieldDbContextScope<TContext>? Current => s_current.Value;

    public static FieldDbContextScope<TContext> Open(IServiceProvider services)
    {
        var scope = new FieldDbContextScope<TContext>(services);
        s_current.Value = scope;
        return scope;
    }

    public TContext Context => _context ??= _services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (ReferenceEquals(s_current.Value, this)) s_current.Value = null;
        if (_context is { } context)
        {
            _context = null;
            await context.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>
/// The <typeparamref name="TContext"/> of code outside a field (a DataLoader's constructor, an
/// ordinary service): one per request scope, as <c>AddDbContext</c> would give.
/// </summary>
internal sealed class ScopedDbContextHolder<TContext> : IAsyncDisposable where TContext : DbContext
{
    private readonly IServiceProvider _services;
    private readonly Func<IServiceProvider, TContext>? _original;
    private TContext? _context;

    public ScopedDbContextHolder(IServiceProvider services, DbContextRegistration<TContext> registration)
    {
        _services = services;
        _original = registration.Original;
    }

    public TContext Context => _context ??= _original is { } create ? create(_services) : _services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();

    public ValueTask DisposeAsync() => _context?.DisposeAsync() ?? default;
}

/// <summary>How the application registered <typeparamref name="TContext"/> before the GraphQL registration replaced it.</summary>
internal sealed class DbContextRegistration<TContext> where TContext : DbContext
{
    public DbContextRegistration(Func<IServiceProvider, TContext>? original) => Original = original;

    public Func<IServiceProvider, TContext>? Original { get; }
}
