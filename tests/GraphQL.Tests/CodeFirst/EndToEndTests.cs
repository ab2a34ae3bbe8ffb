using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.CodeFirst;

public sealed class EndToEndTests
{
    public enum OrderStatus
    {
        Pending,
        PendingApproval,
        Shipped,
    }

    public sealed class Category
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
    }

    public sealed class Product
    {
        [ID]
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public int CategoryId { get; init; }
        public OrderStatus Status { get; init; }
    }

    public sealed record ProductFilter(string? NameContains = null, OrderStatus[]? Statuses = null);

    public sealed record Order(string Number, OrderStatus Status);

    public sealed class Catalog
    {
        public List<Product> Products { get; } = new()
        {
            new Product { Id = 1, Name = "Linen shirt", CategoryId = 10, Status = OrderStatus.Pending },
            new Product { Id = 2, Name = "Wool coat", CategoryId = 20, Status = OrderStatus.PendingApproval },
            new Product { Id = 3, Name = "Linen trousers", CategoryId = 10, Status = OrderStatus.Shipped },
        };

        public int CategoryBatches { get; set; }
    }

    public sealed class CategoryByIdDataLoader : BatchDataLoader<int, Category>
    {
        private readonly Catalog _catalog;

        public CategoryByIdDataLoader(Catalog catalog) => _catalog = catalog;

        protected override Task<IReadOnlyDictionary<int, Category>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            _catalog.CategoryBatches++;
            IReadOnlyDictionary<int, Category> map = keys.ToDictionary(k => k, k => new Category { Id = k, Name = "Category " + k });
            return Task.FromResult(map);
        }
    }

    [QueryType]
    public sealed class CatalogQueries
    {
        public IEnumerable<Product> GetProducts(Catalog catalog, ProductFilter? where = null) =>
            catalog.Products.Where(p =>
                (where?.NameContains is null || p.Name.Contains(where.NameContains, StringComparison.Ordinal))
                && (where?.Statuses is null || where.Statuses.Contains(p.Status)));

        public Task<Product?> GetProductAsync(Catalog catalog, [ID] int id) =>
            Task.FromResult(catalog.Products.FirstOrDefault(p => p.Id == id));

        public string? Me(ClaimsPrincipal user) => user.Identity?.Name;
    }

    [QueryType]
    public sealed class RequestCounter
    {
        private int _calls;

        public int Next() => Interlocked.Increment(ref _calls);
    }

    [ExtendObjectType(typeof(Product))]
    public sealed class ProductExtensions
    {
        public Task<Category> GetCategoryAsync([Parent] Product product, CategoryByIdDataLoader categories, CancellationToken cancellationToken) =>
            categories.LoadAsync(product.CategoryId, cancellationToken);
    }

    [MutationType]
    public sealed class OrderMutations
    {
        public async Task<Order> ShipOrder(string number, ITopicEventSender sender)
        {
            var order = new Order(number, OrderStatus.Shipped);
            await sender.SendAsync("OrderStatusChanged_" + number, order);
            return order;
        }
    }

    [SubscriptionType]
    public sealed class OrderSubscriptions
    {
        [Subscribe]
        [Topic("OrderStatusChanged_{number}")]
        public Order OnOrderStatusChanged(string number, [Parent] Order order) => order;

        public async IAsyncEnumerable<int> Countdown(int from)
        {
            for (var i = from; i > 0; i--)
            {
                await Task.Yield();
                yield return i;
            }
        }
    }

    private static IRequestExecutor CreateExecutor(Catalog? catalog = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(catalog ?? new Catalog());
        services.AddGraphQL()
            .AddQueryType<CatalogQueries>()
            .AddTypeExtension<RequestCounter>()
            .AddMutationType<OrderMutations>()
            .AddSubscriptionType<OrderSubscriptions>()
            .AddTypeExtension<ProductExtensions>()
            .AddDataLoader<CategoryByIdDataLoader>()
            .AddInMemorySubscriptions();
        return services.BuildServiceProvider().GetRequiredService<IRequestExecutor>();
    }

    private static async Task<string> RunAsync(IRequestExecutor executor, string query, IReadOnlyDictionary<string, object?>? variables = null, ClaimsPrincipal? user = null)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, User = user });
        return ExecutionResultWriter.ToJson(result);
    }

    private static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');

    [Fact]
    public async Task AQueryRunsThroughCompiledResolversServicesAndTypeExtensions()
    {
        var catalog = new Catalog();

        var json = await RunAsync(CreateExecutor(catalog), "{ products { id name status category { name } } }");

        Assert.Equal(
            J("{'data':{'products':[" +
              "{'id':'1','name':'Linen shirt','status':'PENDING','category':{'name':'Category 10'}}," +
              "{'id':'2','name':'Wool coat','status':'PENDING_APPROVAL','category':{'name':'Category 20'}}," +
              "{'id':'3','name':'Linen trousers','status':'SHIPPED','category':{'name':'Category 10'}}]}}"),
            json);
        Assert.Equal(1, catalog.CategoryBatches);
    }

    [Fact]
    public async Task ARootClassInstanceIsSharedByTheFieldsOfOneRequestOnly()
    {
        var executor = CreateExecutor();

        var first = await RunAsync(executor, "{ a: next b: next }");
        var second = await RunAsync(executor, "{ a: next b: next }");

        Assert.Contains(first, new[] { J("{'data':{'a':1,'b':2}}"), J("{'data':{'a':2,'b':1}}") });
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task InputObjectsFromLiteralsBecomeRecords()
    {
        var json = await RunAsync(CreateExecutor(), "{ products(where: { nameContains: \"Linen\", statuses: [SHIPPED] }) { name } }");

        Assert.Equal(J("{'data':{'products':[{'name':'Linen trousers'}]}}"), json);
    }

    [Fact]
    public async Task InputObjectsFromVariablesBecomeRecords()
    {
        var variables = new Dictionary<string, object?>
        {
            ["where"] = new Dictionary<string, object?> { ["statuses"] = new List<object?> { "PENDING", "PENDING_APPROVAL" } },
        };

        var json = await RunAsync(CreateExecutor(), "query($where: ProductFilterInput) { products(where: $where) { name } }", variables);

        Assert.Equal(J("{'data':{'products':[{'name':'Linen shirt'},{'name':'Wool coat'}]}}"), json);
    }

    [Fact]
    public async Task AnIdArgumentIsConvertedToTheParameterType()
    {
        var json = await RunAsync(CreateExecutor(), "{ product(id: \"2\") { name } missing: product(id: 9) { name } }");

        Assert.Equal(J("{'data':{'product':{'name':'Wool coat'},'missing':null}}"), json);
    }

    [Fact]
    public async Task TheRequestUserIsInjected()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, "ada") }, "test"));

        var json = await RunAsync(CreateExecutor(), "{ me }", user: user);

        Assert.Equal(J("{'data':{'me':'ada'}}"), json);
    }

    [Fact]
    public async Task AnAsyncEnumerableSubscriptionStreamsEveryEvent()
    {
        await using var result = await CreateExecutor().ExecuteAsync(new GraphQLRequest { Query = "subscription { countdown(from: 3) }" });

        var events = new List<string>();
        await foreach (var item in result.ResponseStream!) events.Add(ExecutionResultWriter.ToJson(item));

        Assert.Equal(new[] { J("{'data':{'countdown':3}}"), J("{'data':{'countdown':2}}"), J("{'data':{'countdown':1}}") }, events);
    }

    [Fact]
    public async Task ATopicSubscriptionReceivesWhatAMutationSends()
    {
        var executor = CreateExecutor();
        await using var subscription = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "subscription { onOrderStatusChanged(number: \"FZB-1\") { number status } }",
        });
        await using var events = subscription.ResponseStream!.GetAsyncEnumerator();
        var next = events.MoveNextAsync();

        await RunAsync(executor, "mutation { shipOrder(number: \"FZB-1\") { number } }");

        Assert.True(await next);
        Assert.Equal(J("{'data':{'onOrderStatusChanged':{'number':'FZB-1','status':'SHIPPED'}}}"), ExecutionResultWriter.ToJson(events.Current));
    }
}
