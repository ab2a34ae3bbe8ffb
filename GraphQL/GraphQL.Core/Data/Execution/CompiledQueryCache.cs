using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Data.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace GraphQL.Data.Execution;

/// <summary>
/// One field's EF Core queries of one kind (the page's rows, or its count), run through
/// <c>EF.CompileAsyncQuery</c> per query shape (<see cref="QueryShape"/>): the shape is compared and
/// its values read in one walk, and EF Core skips its per-execution funcletizing, query-cache hashing
/// and lookup. Same SQL, same parameters. Queries that cannot take this path run as before: in-memory
/// queryables, queries on a context that is not the field's own, shapes holding values a compiled query
/// would freeze, and new shapes beyond the first <see cref="MaxShapes"/> of the field.
/// </summary>
internal sealed class CompiledQueryCache<TResult> where TResult : class
{
    /// <summary>Shapes per field: one per combination of filter operators, sort and paging direction clients use.</summary>
    public const int MaxShapes = 64;

    // A field whose shapes keep failing (values EF Core evaluates per execution) tries a new shape only
    // once in RetryEvery requests after MaxFailures, so an unsupported shape costs little and a supported
    // one served by the same field still gets compiled.
    private const int MaxFailures = 4;
    private const int RetryEvery = 64;

    private readonly Func<QueryShape, Func<DbContext, object?[], CancellationToken, TResult>> _compile;
    private readonly object _gate = new();
    private Entry[] _entries = [];
    private int _failures;
    private int _misses;
    private long _runs;

    public CompiledQueryCache(Func<QueryShape, Func<DbContext, object?[], CancellationToken, TResult>> compile) => _compile = compile;

    /// <summary>How many shapes were compiled (tests).</summary>
    public int Count => Volatile.Read(ref _entries).Length;

    /// <summary>How many queries ran through a compiled query (tests).</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>The query's result through a compiled query, or null: run it the ordinary way.</summary>
    public TResult? TryRun(IQueryable query, CancellationToken cancellationToken)
    {
        if (FieldDbContextScope.ContextOf(query.Provider) is not { } context) return null;
        var model = context.Model;
        var tracking = context.ChangeTracker.QueryTrackingBehavior;
        var expression = query.Expression;
        var entries = Volatile.Read(ref _entries);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            // A compiled query belongs to one model; EF Core's own cache key also holds the tracking behaviour.
            if (!ReferenceEquals(entry.Model, model) || entry.Tracking != tracking) continue;
            if (entry.Shape.Match(expression) is { } values)
            {
                if (i > 0) MoveToFront(entry);
                Interlocked.Increment(ref _runs);
                return entry.Run(context, values, cancellationToken);
            }
        }

        if (Add(expression, context, model, tracking) is not { } added) return null;
        Interlocked.Increment(ref _runs);
        return added.Run(context, cancellationToken);
    }

    private Added? Add(Expression expression, DbContext context, Microsoft.EntityFrameworkCore.Metadata.IModel model, QueryTrackingBehavior tracking)
    {
        if (Volatile.Read(ref _entries).Length >= MaxShapes) return null;
        if (Volatile.Read(ref _failures) >= MaxFailures && Interlocked.Increment(ref _misses) % RetryEvery != 0) return null;
        var shape = QueryShape.Create(expression);
        var values = shape?.Match(expression);
        if (shape is null || values is null)
        {
            Interlocked.Increment(ref _failures);
            return null;
        }

        var entry = new Entry(shape, model, tracking, _compile(shape));
        lock (_gate)
        {
            if (_entries.Length < MaxShapes) _entries = [.. _entries, entry];
        }

        return new Added(entry, values);
    }

    /// <summary>The shape matched last is tried first: a field mostly serves one shape at a time, and a miss costs a partial walk.</summary>
    private void MoveToFront(Entry entry)
    {
        lock (_gate)
        {
            var index = Array.IndexOf(_entries, entry);
            if (index <= 0) return;
            var entries = (Entry[])_entries.Clone();
            Array.Copy(entries, 0, entries, 1, index);
            entries[0] = entry;
            _entries = entries;
        }
    }

    private sealed record Entry(QueryShape Shape, object Model, QueryTrackingBehavior Tracking, Func<DbContext, object?[], CancellationToken, TResult> Invoke)
    {
        public TResult Run(DbContext context, object?[] values, CancellationToken cancellationToken) => Invoke(context, values, cancellationToken);
    }

    private sealed record Added(Entry Entry, object?[] Values)
    {
        public TResult Run(DbContext context, CancellationToken cancellationToken) => Entry.Run(context, Values, cancellationToken);
    }
}
