using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>DataLoader batching: loads requested while the executor has work are fetched in one batch per level.</summary>
public sealed class DataLoaderTests
{
    /// <summary>Counts its batches; products' categories by id.</summary>
    public sealed class CategoryByIdLoader : BatchDataLoader<int, IReadOnlyDictionary<string, object?>>
    {
        private readonly BatchLog _log;

        public CategoryByIdLoader(BatchLog log) => _log = log;

        protected override async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, object?>>> LoadBatchAsync(
            IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            _log.Add("categories", keys);
            await Task.Yield();
            return keys.ToDictionary(k => k, k => (IReadOnlyDictionary<string, object?>)Obj(("id", k), ("parentId", k * 10)));
        }
    }

    /// <summary>Products of a category, one-to-many.</summary>
    public sealed class ProductsByCategoryLoader : GroupedDataLoader<int, string>
    {
        private readonly BatchLog _log;

        public ProductsByCategoryLoader(BatchLog log) => _log = log;

        protected override Task<ILookup<int, string>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            _log.Add("products", keys);
            return Task.FromResult(keys.SelectMany(k => new[] { (k, "p" + k + "a"), (k, "p" + k + "b") }).ToLookup(p => p.k, p => p.Item2));
        }
    }

    public sealed class BatchLog
    {
        private readonly List<string> _batches = new();

        public IReadOnlyList<string> Batches
        {
            get
            {
                lock (_batches) return _batches.ToArray();
            }
        }

        public void Add(string loader, IReadOnlyList<int> keys)
        {
            lock (_batches) _batches.Add(loader + ":" + string.Join(",", keys));
        }
    }

    private const string Sdl = @"
        type Query { items: [Item] }
        type Item { categoryId: Int category: Category }
        type Category { id: Int parent: Category products: [String] }";

    private static IRequestExecutor Executor(BatchLog log) => Create(
        Sdl,
        o =>
        {
            o.PureResolvers["Query"]["items"] = _ => new[] { 1, 2, 3, 2 }.Select(id => Obj(("categoryId", id))).ToArray();
            o.Resolvers["Item"]["category"] = async c =>
                await c.DataLoader<CategoryByIdLoader>().LoadAsync((int)((IReadOnlyDictionary<string, object?>)c.Parent!)["categoryId"]!, c.RequestAborted);
            o.Resolvers["Category"]["parent"] = async c =>
                await c.DataLoader<CategoryByIdLoader>().LoadAsync((int)((IReadOnlyDictionary<string, object?>)c.Parent!)["parentId"]!, c.RequestAborted);
            o.Resolvers["Category"]["products"] = async c =>
                await c.DataLoader<ProductsByCategoryLoader>().LoadAsync((int)((IReadOnlyDictionary<string, object?>)c.Parent!)["id"]!, c.RequestAborted);
        },
        configure: b =>
        {
            b.Services.AddSingleton(log);
            b.AddDataLoader<CategoryByIdLoader>().AddDataLoader<ProductsByCategoryLoader>();
        });

    [Fact]
    public async Task SiblingFieldsCostOneBatchAndRepeatedKeysAreLoadedOnce()
    {
        var log = new BatchLog();

        var json = await Executor(log).RunAsync("{ items { category { id } } }");

        Assert.Equal(J("{'data':{'items':[{'category':{'id':1}},{'category':{'id':2}},{'category':{'id':3}},{'category':{'id':2}}]}}"), json);
        Assert.Equal(new[] { "categories:1,2,3" }, log.Batches);
    }

    [Fact]
    public async Task NestedLevelsCostOneBatchPerLevel()
    {
        var log = new BatchLog();

        var json = await Executor(log).RunAsync("{ items { category { products parent { id products } } } }");

        Assert.Equal(
            J("{'data':{'items':[" +
              "{'category':{'products':['p1a','p1b'],'parent':{'id':10,'products':['p10a','p10b']}}}," +
              "{'category':{'products':['p2a','p2b'],'parent':{'id':20,'products':['p20a','p20b']}}}," +
              "{'category':{'products':['p3a','p3b'],'parent':{'id':30,'products':['p30a','p30b']}}}," +
              "{'category':{'products':['p2a','p2b'],'parent':{'id':20,'products':['p20a','p20b']}}}]}}"),
            json);
        Assert.Equal(new[] { "categories:1,2,3", "products:1,2,3", "categories:10,20,30", "products:10,20,30" }, log.Batches);
    }

    [Fact]
    public async Task EachRequestHasItsOwnCache()
    {
        var log = new BatchLog();
        var executor = Executor(log);

        await executor.RunAsync("{ items { category { id } } }");
        await executor.RunAsync("{ items { category { id } } }");

        Assert.Equal(new[] { "categories:1,2,3", "categories:1,2,3" }, log.Batches);
    }

    [Fact]
    public async Task AFailingBatchFailsEveryFieldThatWaitsOnIt()
    {
        var executor = Create("type Query { a: String b: String }", o =>
        {
            FieldResolverDelegate load = async c => await c.BatchDataLoader<string, string>(
                (_, _) => throw new InvalidOperationException("down"), "failing").LoadAsync(c.Field.Name, c.RequestAborted);
            o.Resolvers["Query"]["a"] = load;
            o.Resolvers["Query"]["b"] = load;
        });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a b }" });

        Assert.Equal(new[] { "Unexpected Execution Error", "Unexpected Execution Error" }, result.Errors!.Select(e => e.Message));
    }

    /// <summary>Fetches one key at a time, each key once per request.</summary>
    public sealed class NameLoader : CacheDataLoader<int, string>
    {
        private readonly BatchLog _log;

        public NameLoader(BatchLog log) => _log = log;

        protected override Task<string> LoadSingleAsync(int key, CancellationToken cancellationToken)
        {
            _log.Add("name", new[] { key });
            return Task.FromResult("name" + key);
        }
    }

    [Fact]
    public async Task ACacheDataLoaderFetchesEachKeyOncePerRequest()
    {
        var log = new BatchLog();
        var executor = Create(
            "type Query { items: [Item] } type Item { name: String }",
            o =>
            {
                o.PureResolvers["Query"]["items"] = _ => new[] { 1, 2, 1 }.Select(id => Obj(("id", id))).ToArray();
                o.Resolvers["Item"]["name"] = async c =>
                    await c.DataLoader<NameLoader>().LoadAsync((int)((IReadOnlyDictionary<string, object?>)c.Parent!)["id"]!, c.RequestAborted);
            },
            configure: b =>
            {
                b.Services.AddSingleton(log);
                b.AddDataLoader<NameLoader>();
            });

        Assert.Equal(J("{'data':{'items':[{'name':'name1'},{'name':'name2'},{'name':'name1'}]}}"), await executor.RunAsync("{ items { name } }"));
        Assert.Equal(new[] { "name:1", "name:2" }, log.Batches);
    }
}
