using System.Collections;
using System.Linq.Expressions;

namespace GraphQL.Tests.CodeFirst;

public sealed class QueryableTests
{
    /// <summary>A queryable that, like EF Core's, can also be read asynchronously, and counts how it was read.</summary>
    public sealed class AsyncQueryable<T> : IQueryable<T>, IAsyncEnumerable<T>
    {
        private readonly IQueryable<T> _inner;

        public AsyncQueryable(IEnumerable<T> items) => _inner = items.AsQueryable();

        public int AsyncReads { get; private set; }
        public int SyncReads { get; private set; }
        public Type ElementType => _inner.ElementType;
        public Expression Expression => _inner.Expression;
        public IQueryProvider Provider => _inner.Provider;

        public IEnumerator<T> GetEnumerator()
        {
            SyncReads++;
            return _inner.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            AsyncReads++;
            foreach (var item in _inner)
            {
                await Task.Yield();
                yield return item;
            }
        }
    }

    [QueryType]
    public static class Queries
    {
        public static AsyncQueryable<int> Source { get; } = new(new[] { 1, 2, 3 });

        public static IQueryable<int> Numbers() => Source;
    }

    [Fact]
    public async Task AQueryableThatCanBeReadAsynchronouslyIsAwaitedIntoAList()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType(typeof(Queries)).Build();

        var value = await new FakeResolverContext(schema, "Query", "numbers").ResolveAsync();

        Assert.Equal(new List<int> { 1, 2, 3 }, value);
        Assert.Equal(1, Queries.Source.AsyncReads);
        Assert.Equal(0, Queries.Source.SyncReads);
    }
}
