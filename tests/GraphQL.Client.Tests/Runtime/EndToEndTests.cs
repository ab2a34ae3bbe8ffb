using GraphQL.Client.Tests.Generated;
using GraphQL.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Client.Tests.Runtime;

/// <summary>The generated client of this project against the toolkit's real server (MapGraphQL), end to end.</summary>
public class EndToEndTests : IAsyncLifetime
{
    private BoutiqueLikeServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await BoutiqueLikeServer.StartAsync(Path.Combine(TestFiles.ProjectDirectory(), "obj", "persisted"));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ITestClient Client(Action<GraphQLClientBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddTestClient().ConfigureHttpClient(c => c.BaseAddress = _server.GraphQLEndpoint);
        configure?.Invoke(builder);
        return services.BuildServiceProvider().GetRequiredService<ITestClient>();
    }

    [Fact]
    public async Task QueryWithVariablesAndFragmentsRoundTrips()
    {
        var result = await Client().GetProducts.ExecuteAsync(first: 1);

        result.EnsureNoErrors();
        var products = result.Data!.Products;
        Assert.Equal((2, true, "c0"), (products.TotalCount, products.PageInfo.HasNextPage, products.PageInfo.EndCursor));
        var node = Assert.Single(products.Edges).Node;
        Assert.Equal(("P1", "Linen Shirt", ProductStatus.Published, 49.90m), (node.Id, node.Name, node.Status, node.Price));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 15, 0, TimeSpan.Zero), node.CreatedAt);
        Assert.Equal(("Shirts", "shirts"), (node.Category!.Name, node.Category.Slug));
    }

    [Fact]
    public async Task ScalarsOfTheToolkitRoundTripThroughTheServer()
    {
        var product = (await Client().GetProduct.ExecuteAsync("P1", withTags: true)).Data!.Product!;

        Assert.Equal(new[] { "linen", "summer" }, product.Tags);
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), product.Sku);
        Assert.Equal(9007199254740993L, product.Stock);
        Assert.Equal(new Uri("https://img.test/p1.png"), product.ImageUrl);
        Assert.Equal(new DateOnly(2025, 12, 24), product.ReleaseDate);
        Assert.Equal("slim fit", product.Metadata!.Value.GetString());
        Assert.Equal(4.5, product.Rating);
        Assert.Null(product.CompareAtPrice);
    }

    [Fact]
    public async Task SkippedFieldsAreNull()
    {
        var product = (await Client().GetProduct.ExecuteAsync("P2")).Data!.Product!;

        Assert.Null(product.Tags);
        Assert.Equal((ProductStatus.PendingApproval, 30m), (product.Status, product.CompareAtPrice));
        Assert.Null(product.Category);
    }

    [Fact]
    public async Task AbstractResultsArePickedByTypename()
    {
        var search = (await Client().Search.ExecuteAsync("shirt")).Data!.Search;

        Assert.Collection(
            search,
            r => Assert.Equal(("P1", 49.90m), (Assert.IsAssignableFrom<ISearch_Search_Product>(r).Id, ((ISearch_Search_Product)r).Price)),
            r => Assert.Equal("shirts", Assert.IsAssignableFrom<ISearch_Search_Category>(r).Slug));
    }

    [Fact]
    public async Task MutationInputLeavesOutUnsetFieldsSoTheSchemaDefaultApplies()
    {
        var payload = (await Client().AddToCart.ExecuteAsync(new AddToCartInput { VariantId = "V1" })).Data!.AddToCart;

        Assert.Equal(1, BoutiqueLikeServer.LastCartInput!["quantity"]);
        Assert.False(BoutiqueLikeServer.LastCartInput.ContainsKey("note"));
        Assert.Equal((49.90m, 1), (payload.Cart!.Total, Assert.Single(payload.Cart.Lines).Quantity));
        Assert.Null(payload.Errors);
    }

    [Fact]
    public async Task MutationDomainErrorsAreTypedUnionMembers()
    {
        var payload = (await Client().AddToCart.ExecuteAsync(new AddToCartInput { VariantId = "V1", Quantity = 5, Note = null })).Data!.AddToCart;

        Assert.True(BoutiqueLikeServer.LastCartInput!.ContainsKey("note"));
        Assert.Null(BoutiqueLikeServer.LastCartInput["note"]);
        var error = Assert.IsAssignableFrom<IAddToCart_AddToCart_Errors_OutOfStockError>(Assert.Single(payload.Errors!));
        Assert.Equal(("Only 3 left.", 3), (error.Message, error.Available));
        // `... on Error { message }`: every member implementing the Error interface reads as one.
        Assert.Equal("Only 3 left.", Assert.IsAssignableFrom<IAddToCart_AddToCart_Errors_Error>(payload.Errors![0]).Message);
        Assert.Null(payload.Cart);
    }

    [Fact]
    public async Task FieldErrorsComeBackWithPathsAndNullData()
    {
        var result = await Client().GetProduct.ExecuteAsync("boom");

        Assert.Null(result.Data!.Product);
        var error = Assert.Single(result.Errors);
        Assert.Equal("The product service is down.", error.Message);
        Assert.Equal(new object[] { "product" }, error.Path);
        Assert.Throws<GraphQLClientException>(result.EnsureNoErrors);
    }

    [Fact]
    public async Task SubscriptionOverGraphQLTransportWsStreamsUntilTheServerCompletes()
    {
        var statuses = new List<(string, string, DateTimeOffset)>();
        await foreach (var result in Client().OnOrderStatus.Watch("O-7"))
        {
            var e = result.Data!.OrderStatusChanged;
            statuses.Add((e.OrderId, e.Status, e.At));
        }

        var at = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Assert.Equal(new[] { ("O-7", "PAID", at), ("O-7", "SHIPPED", at) }, statuses);
    }

    [Fact]
    public async Task PersistedOperationsWrittenByTheBuildAreServedByHash()
    {
        var client = Client(b => b.ConfigureOptions(o => o.PersistedOperations = PersistedOperationMode.HashOnly));

        var result = await client.GetProduct.ExecuteAsync("P1");

        result.EnsureNoErrors();
        Assert.Equal("Linen Shirt", result.Data!.Product!.Name);
    }

    [Fact]
    public async Task UnknownHashFallsBackToTheDocument()
    {
        await _server.DisposeAsync();
        var empty = Directory.CreateTempSubdirectory("graphql-persisted-").FullName;
        _server = await BoutiqueLikeServer.StartAsync(empty);
        var hashOnly = Client(b => b.ConfigureOptions(o => o.PersistedOperations = PersistedOperationMode.HashOnly));
        var withFallback = Client(b => b.ConfigureOptions(o => o.PersistedOperations = PersistedOperationMode.HashWithDocumentFallback));

        var refused = await hashOnly.GetProduct.ExecuteAsync("P1");
        var answered = await withFallback.GetProduct.ExecuteAsync("P1");

        Assert.Equal("PERSISTED_OPERATION_NOT_FOUND", Assert.Single(refused.Errors).Code);
        Assert.Equal("Linen Shirt", answered.Data!.Product!.Name);
        Directory.Delete(empty);
    }
}
