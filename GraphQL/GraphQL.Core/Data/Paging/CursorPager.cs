using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL.Data.Execution;
using GraphQL.Data.Sorting;

namespace GraphQL.Data.Paging;

/// <summary>The coerced paging arguments of a connection field.</summary>
internal readonly record struct CursorArguments(int? First, string? After, int? Last, string? Before);

/// <summary>A connection field's compiled queries: its pages' rows and their count (<see cref="CompiledQueryCache{TResult}"/>).</summary>
internal sealed class PageQueries<T>
{
    public CompiledQueryCache<IAsyncEnumerable<T>> Rows { get; } = CompiledQueries.ForRows<T>();

    public CompiledQueryCache<Task<int>> Count { get; } = CompiledQueries.ForCount<T>();
}

/// <summary>
/// Slices an ordered query into one connection page with one SQL statement (plus one
/// <c>COUNT</c> when <c>totalCount</c> is selected). With a total order of non-nullable keys it seeks
/// (keyset paging: the cursor holds the keys of its row); otherwise the cursor holds the row's
/// position. It fetches one row more than asked to know exactly whether another page exists, and
/// pages backward (<c>last</c>) by reversing the order, taking <c>last + 1</c>, and reversing back.
/// </summary>
internal static class CursorPager
{
    private static readonly ConcurrentDictionary<(Type, string), OrderingPlan> s_plans = new();

    public static async ValueTask<Connection> PageAsync<T>(
        IQueryable<T> query, Expression<Func<T, T>>? projection, CursorArguments arguments, int defaultPageSize, bool countTotal,
        PageQueries<T> compiled, CancellationToken cancellationToken)
    {
        var keys = OrderingExtractor.Extract(query.Expression);
        var hadKeys = keys.Count;
        SortExpressionBuilder.AddTiebreaker(typeof(T), keys);
        if (keys.Count != hadKeys) query = SortExpressionBuilder.Apply(query, keys);

        int? total = countTotal ? await QueryExecution.CountAsync(query, compiled.Count, cancellationToken).ConfigureAwait(false) : null;
        var plan = s_plans.GetOrAdd((typeof(T), Describe(keys)), static (key, keys) => new OrderingPlan(key.Item2, keys), keys);
        return plan.Keyset
            ? await SeekAsync(query, projection, keys, plan, arguments, defaultPageSize, total, compiled, cancellationToken).ConfigureAwait(false)
            : await OffsetAsync(query, projection, plan.Signature, arguments, defaultPageSize, total, compiled, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What depends only on the ordering, made once per entity type and ordering: whether it can seek,
    /// the cursors' signature, the key types and the compiled key readers.
    /// </summary>
    private sealed class OrderingPlan
    {
        public OrderingPlan(string description, List<SortKey> keys)
        {
            Keyset = keys.Count > 0 && keys.TrueForAll(k => KeysetPredicate.Supports(k.Selector.ReturnType));
            Signature = CursorCodec.Signature((Keyset ? "keyset:" : "offset:") + description);
            Types = keys.ConvertAll(k => k.Selector.ReturnType).ToArray();
            Extractors = Keyset ? keys.ConvertAll(CompileExtractor).ToArray() : Array.Empty<Func<object, object?>>();
        }

        public bool Keyset { get; }
        public uint Signature { get; }
        public Type[] Types { get; }
        public Func<object, object?>[] Extractors { get; }
    }

    private static async ValueTask<Connection> SeekAsync<T>(
        IQueryable<T> query, Expression<Func<T, T>>? projection, List<SortKey> keys, OrderingPlan plan, CursorArguments arguments, int defaultPageSize, int? total,
        PageQueries<T> compiled, CancellationToken cancellationToken)
    {
        var signature = plan.Signature;
        var types = plan.Types;
        if (arguments.After is { } after) query = query.Where(KeysetPredicate.Build<T>(keys, CursorCodec.Decode(after, CursorCodec.KeysetVersion, signature, types), after: true));
        if (arguments.Before is { } before) query = query.Where(KeysetPredicate.Build<T>(keys, CursorCodec.Decode(before, CursorCodec.KeysetVersion, signature, types), after: false));

        List<T> rows;
        bool hasNext, hasPrevious;
        if (arguments.Last is { } last)
        {
            var reversed = keys.ConvertAll(k => k with { Descending = !k.Descending });
            rows = await QueryExecution.ToListAsync(Project(SortExpressionBuilder.Apply(query, reversed).Take(last + 1), projection), compiled.Rows, cancellationToken).ConfigureAwait(false);
            hasPrevious = rows.Count > last;
            if (hasPrevious) rows.RemoveAt(rows.Count - 1);
            rows.Reverse();
            hasNext = arguments.Before is not null;
        }
        else
        {
            var first = arguments.First ?? defaultPageSize;
            rows = await QueryExecution.ToListAsync(Project(query.Take(first + 1), projection), compiled.Rows, cancellationToken).ConfigureAwait(false);
            hasNext = rows.Count > first;
            if (hasNext) rows.RemoveAt(rows.Count - 1);
            hasPrevious = arguments.After is not null;
        }

        return new Connection(ToNodes(rows), new KeysetCursors(signature, plan.Extractors), hasNext, hasPrevious, total);
    }

    private static async ValueTask<Connection> OffsetAsync<T>(
        IQueryable<T> query, Expression<Func<T, T>>? projection, uint signature, CursorArguments arguments, int defaultPageSize, int? total,
        PageQueries<T> compiled, CancellationToken cancellationToken)
    {
        var start = arguments.After is { } after ? DecodeIndex(after, signature) + 1 : 0;
        int? end = arguments.Before is { } before ? DecodeIndex(before, signature) : null;

        int skip, take;
        bool hasNext, hasPrevious;
        if (arguments.Last is { } last)
        {
            end ??= total ?? await QueryExecution.CountAsync(query, compiled.Count, cancellationToken).ConfigureAwait(false);
            skip = Math.Max(start, end.Value - last);
            take = Math.Max(0, end.Value - skip);
            hasPrevious = skip > start;
            hasNext = arguments.Before is not null;
        }
        else
        {
            var first = arguments.First ?? defaultPageSize;
            skip = start;
            take = end is { } e ? Math.Max(0, Math.Min(first + 1, e - start)) : first + 1;
            hasNext = false;
            hasPrevious = start > 0;
        }

        var rows = await QueryExecution.ToListAsync(Project(query.Skip(skip).Take(take), projection), compiled.Rows, cancellationToken).ConfigureAwait(false);
        if (arguments.Last is null)
        {
            var first = arguments.First ?? defaultPageSize;
            hasNext = rows.Count > first || (end is not null && arguments.Before is not null);
            if (rows.Count > first) rows.RemoveAt(rows.Count - 1);
        }

        return new Connection(ToNodes(rows), new OffsetCursors(signature, skip), hasNext, hasPrevious, total);
    }

    private static object?[] ToNodes<T>(List<T> rows)
    {
        var nodes = new object?[rows.Count];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = rows[i];
        return nodes;
    }

    /// <summary>Cursors holding the row's sort key values, read by the compiled extractors.</summary>
    private sealed class KeysetCursors(uint signature, Func<object, object?>[] extract) : PageCursors
    {
        public override string Encode(int index, object? node)
        {
            var values = new object?[extract.Length];
            for (var k = 0; k < extract.Length; k++) values[k] = extract[k](node!);
            return CursorCodec.Encode(CursorCodec.KeysetVersion, signature, values);
        }
    }

    /// <summary>Cursors holding the row's position in the whole ordered list.</summary>
    private sealed class OffsetCursors(uint signature, int skip) : PageCursors
    {
        public override string Encode(int index, object? node) => CursorCodec.Encode(CursorCodec.OffsetVersion, signature, new object?[] { skip + index });
    }

    /// <summary>The projection goes last, over the page's rows, so seeking and ordering work on the entity's own columns.</summary>
    private static IQueryable<T> Project<T>(IQueryable<T> query, Expression<Func<T, T>>? projection) =>
        projection is null ? query : query.Select(projection);

    private static int DecodeIndex(string cursor, uint signature)
    {
        var index = (int)CursorCodec.Decode(cursor, CursorCodec.OffsetVersion, signature, new[] { typeof(int) })[0]!;
        if (index < 0) DataThrow.InvalidCursor(cursor);
        return index;
    }

    /// <summary>
    /// The ordering as text over one parameter name (<c>x.Price desc,x.Id asc</c>): the cursors' signature
    /// and the plan's cache key. Member chains are spelled directly; other key shapes print their expression.
    /// </summary>
    private static string Describe(List<SortKey> keys)
    {
        var text = new System.Text.StringBuilder();
        foreach (var key in keys)
        {
            if (text.Length > 0) text.Append(',');
            if (!AppendPath(text, key.Selector.Body, key.Selector.Parameters[0]))
            {
                text.Append(KeysetPredicate.Rebind(key.Selector, Expression.Parameter(key.Selector.Parameters[0].Type, "x")));
            }

            text.Append(key.Descending ? " desc" : " asc");
        }

        return text.ToString();
    }

    /// <summary>Appends <c>x.A.B</c> for a chain of member accesses on the parameter; false for any other shape.</summary>
    private static bool AppendPath(System.Text.StringBuilder text, Expression body, ParameterExpression parameter)
    {
        switch (body)
        {
            case ParameterExpression p when p == parameter:
                text.Append('x');
                return true;
            case MemberExpression { Expression: { } inner } member:
                var start = text.Length;
                if (!AppendPath(text, inner, parameter))
                {
                    text.Length = start;
                    return false;
                }

                text.Append('.').Append(member.Member.Name);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads a key from a loaded row; a navigation that is not loaded yields null instead of throwing.</summary>
    private static Func<object, object?> CompileExtractor(SortKey key)
    {
        var row = Expression.Parameter(typeof(object), "row");
        var typed = Expression.Convert(row, key.Selector.Parameters[0].Type);
        var body = NullSafe(key.Selector.Body, typed);
        return Expression.Lambda<Func<object, object?>>(body, row).Compile();
    }

    private static Expression NullSafe(Expression body, Expression instance)
    {
        var path = new List<System.Reflection.MemberInfo>();
        var current = body;
        while (current is MemberExpression member)
        {
            path.Insert(0, member.Member);
            current = member.Expression!;
        }

        Expression value = instance;
        var guards = new List<Expression>();
        for (var i = 0; i < path.Count; i++)
        {
            if (i > 0 && !value.Type.IsValueType) guards.Add(Expression.NotEqual(value, Expression.Constant(null, value.Type)));
            value = Expression.MakeMemberAccess(value, path[i]);
        }

        Expression result = Expression.Convert(value, typeof(object));
        for (var i = guards.Count - 1; i >= 0; i--)
        {
            result = Expression.Condition(guards[i], result, Expression.Constant(null, typeof(object)));
        }

        return result;
    }
}
