using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Data.DbContexts;

/// <summary>
/// What the data middleware asks of the open field scopes whatever their context type: the context a
/// query was built on, so that it can run that query through a compiled query (<see cref="Execution.CompiledQueryCache{TResult}"/>).
/// One <see cref="AsyncLocal{T}"/> holds the innermost scope; scopes of other context types opened
/// around it stay reachable through <see cref="Outer"/>.
/// </summary>
internal abstract class FieldDbContextScope
{
    private static readonly AsyncLocal<FieldDbContextScope?> s_current = new();
    private IAsyncQueryProvider? _provider;

    private protected static FieldDbContextScope? CurrentScope => s_current.Value;

    internal FieldDbContextScope? Outer { get; private set; }

    /// <summary>The context, when the resolver asked for it.</summary>
    private protected abstract DbContext? Created { get; }

    private protected static void MakeCurrent(FieldDbContextScope scope)
    {
        scope.Outer = s_current.Value;
        s_current.Value = scope;
    }

    /// <summary>The open field context whose queries <paramref name="provider"/> runs, or null (another context, or none).</summary>
    public static DbContext? ContextOf(IQueryProvider provider)
    {
        for (var scope = s_current.Value; scope is not null; scope = scope.Outer)
        {
            if (scope.Created is { } context && ReferenceEquals(scope._provider ??= context.GetService<IAsyncQueryProvider>(), provider)) return context;
        }

        return null;
    }
}

/// <summary>
/// The context of the field being resolved. The field's middleware opens a scope around the resolver;
/// the transient <typeparamref name="TContext"/> registration hands the scope's instance to the
/// resolver's parameter (created from the factory on first ask), and the middleware disposes it.
/// An <see cref="AsyncLocal{T}"/> carries the scope because the compiled resolver asks the request's
/// services, which are shared by every field of the request.
/// <para>
/// A context handed out through the container is disposed by the container (the request scope tracks
/// every disposable a transient factory returns), never here as well: with a pooled factory a second
/// Dispose from a stale owner would return another field's fresh lease of the same instance to the
/// pool, and that field's query would fail with ObjectDisposedException (seen under load).
/// </para>
/// </summary>
internal sealed class FieldDbContextScope<TContext> : FieldDbContextScope, IAsyncDisposable where TContext : DbContext
{
    private readonly IServiceProvider _services;
    private TContext? _context;

    private FieldDbContextScope(IServiceProvider services) => _services = services;

    /// <summary>The innermost open scope of this context type (a resolver may take two context types).</summary>
    public static FieldDbContextScope<TContext>? Current
    {
        get
        {
            for (var scope = CurrentScope; scope is not null; scope = scope.Outer)
            {
                if (scope is FieldDbContextScope<TContext> typed) return typed;
            }

            return null;
        }
    }

    /// <summary>
    /// Makes a new scope current for the rest of the calling async method. Call it only from an
    /// <c>async</c> method: the runtime restores the caller's execution context when that method
    /// returns or first yields, which ends the scope for the caller and for sibling fields, so
    /// nothing clears it (a second <see cref="AsyncLocal{T}"/> write per field cost ~500
    /// instructions and an execution context allocation, callgrind).
    /// </summary>
    public static FieldDbContextScope<TContext> Open(IServiceProvider services)
    {
        var scope = new FieldDbContextScope<TContext>(services);
        MakeCurrent(scope);
        return scope;
    }

    private bool _ownedByContainer;

    public TContext Context => _context ??= _services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();

    private protected override DbContext? Created => _context;

    /// <summary>The context for the container's transient factory: from now on the container disposes it.</summary>
    public TContext ContextForContainer()
    {
        _ownedByContainer = true;
        return Context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is { } context)
        {
            _context = null;
            if (!_ownedByContainer) await context.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>
/// The <typeparamref name="TContext"/> of code outside a field (a DataLoader's constructor, an
/// ordinary service): one per request scope, as <c>AddDbContext</c> would give.
/// </summary>
internal sealed class ScopedDbContextHolder<TContext> where TContext : DbContext
{
    private readonly IServiceProvider _services;
    private readonly Func<IServiceProvider, TContext>? _original;
    private TContext? _context;

    public ScopedDbContextHolder(IServiceProvider services, DbContextRegistration<TContext> registration)
    {
        _services = services;
        _original = registration.Original;
    }

    /// <summary>
    /// Reached only through the container's transient factory, so the request scope disposes it; the
    /// holder must not dispose it too (a pooled instance handed back twice, see FieldDbContextScope).
    /// </summary>
    public TContext Context => _context ??= _original is { } create ? create(_services) : _services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
}

/// <summary>How the application registered <typeparamref name="TContext"/> before the GraphQL registration replaced it.</summary>
internal sealed class DbContextRegistration<TContext> where TContext : DbContext
{
    public DbContextRegistration(Func<IServiceProvider, TContext>? original) => Original = original;

    public Func<IServiceProvider, TContext>? Original { get; }
}
