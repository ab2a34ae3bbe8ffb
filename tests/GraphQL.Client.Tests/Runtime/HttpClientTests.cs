using System.Net;
using System.Text.Json;
using GraphQL.Client.Tests.Generated;
using GraphQL.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Client.Tests.Runtime;

/// <summary>The generated client over HTTP against a real Kestrel endpoint answering canned responses.</summary>
public class HttpClientTests : IAsyncLifetime
{
    private LoopbackGraphQLServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackGraphQLServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task QueryResultIsShapedBySelectionsAndFragments()
    {
        _server.RespondWith("""
            {"data":{"products":{"edges":[{"cursor":"c1","node":{"id":"P1","name":"Linen Shirt","status":"PENDING_APPROVAL",
              "category":{"name":"Shirts","slug":"shirts"},"price":49.90,"createdAt":"2025-03-01T10:15:00.000Z"}}],
              "pageInfo":{"hasNextPage":true,"endCursor":"c1"},"totalCount":7}}}
            """);
        var client = ClientFactory.Create(_server);

        var result = await client.GetProducts.ExecuteAsync(first: 1);

        result.EnsureNoErrors();
        var products = result.Data!.Products;
        Assert.Equal(7, products.TotalCount);
        Assert.True(products.PageInfo.HasNextPage);
        var node = Assert.Single(products.Edges).Node;
        Assert.Equal(("P1", "Linen Shirt", ProductStatus.PendingApproval, 49.90m), (node.Id, node.Name, node.Status, node.Price));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 15, 0, TimeSpan.Zero), node.CreatedAt);
        Assert.Equal(("Shirts", "shirts"), (node.Category!.Name, node.Category.Slug));
        IProductCard card = node;
        Assert.Equal("Shirts", card.Category!.Name);
    }

    [Fact]
    public async Task RequestIsAJsonPostWithTheDocumentAndOnlyTheGivenVariables()
    {
        _server.RespondWith("""{"data":{"products":{"edges":[],"pageInfo":{"hasNextPage":false,"endCursor":null},"totalCount":0}}}""");
        var client = ClientFactory.Create(_server);

        await client.GetProducts.ExecuteAsync(first: 2, where: new ProductFilterInput { Status = ProductStatus.Published, Name = null });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("application/graphql-response+json, application/json; q=0.9", request.Headers["Accept"]);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal(GetProductsQuery.Document, request.Json.GetProperty("query").GetString());
        Assert.Equal("GetProducts", request.Json.GetProperty("operationName").GetString());
        Assert.Equal("""{"first":2,"where":{"name":null,"status":"PUBLISHED"}}""", request.Json.GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task InputObjectsSendRequiredFieldsAndOnlyTheOptionalOnesThatWereSet()
    {
        _server.RespondWith("""{"data":{"addToCart":{"cart":null,"errors":[{"__typename":"OutOfStockError","message":"Only 2 left.","available":2}]}}}""");
        var client = ClientFactory.Create(_server);

        var result = await client.AddToCart.ExecuteAsync(new AddToCartInput { VariantId = "V1", Note = null });

        Assert.Equal("""{"input":{"variantId":"V1","note":null}}""", Assert.Single(_server.Requests).Json.GetProperty("variables").GetRawText());
        var error = Assert.IsAssignableFrom<IAddToCart_AddToCart_Errors_OutOfStockError>(Assert.Single(result.Data!.AddToCart.Errors!));
        Assert.Equal(("OutOfStockError", "Only 2 left.", 2), (error.__typename, error.Message, error.Available));
        Assert.Null(result.Data.AddToCart.Cart);
    }

    [Fact]
    public async Task AbstractTypesBecomeOneResultTypePerTypename()
    {
        _server.RespondWith("""
            {"data":{"search":[{"__typename":"Product","id":"P1","name":"Tee","price":"12.5"},
                               {"__typename":"Category","id":"C1","name":"Tops","slug":"tops"}]}}
            """);
        var client = ClientFactory.Create(_server);

        var result = await client.Search.ExecuteAsync("t");

        Assert.Collection(
            result.Data!.Search,
            r => Assert.Equal(12.5m, Assert.IsAssignableFrom<ISearch_Search_Product>(r).Price),
            r => Assert.Equal("tops", Assert.IsAssignableFrom<ISearch_Search_Category>(r).Slug));
    }

    [Fact]
    public async Task CustomScalarsMapToDotNetTypesAndNullsStayNull()
    {
        _server.RespondWith("""
            {"data":{"product":{"id":"P1","name":"Tee","status":"DRAFT","category":null,"compareAtPrice":null,
              "sku":"0f8fad5b-d9cb-469f-a165-70867728950e","stock":9007199254740993,"imageUrl":"https://img.test/p1.png",
              "releaseDate":"2025-12-24","metadata":{"fit":"slim"},"rating":4.5}}}
            """);
        var client = ClientFactory.Create(_server);

        var product = (await client.GetProduct.ExecuteAsync("P1")).Data!.Product!;

        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), product.Sku);
        Assert.Equal(9007199254740993L, product.Stock);
        Assert.Equal(new Uri("https://img.test/p1.png"), product.ImageUrl);
        Assert.Equal(new DateOnly(2025, 12, 24), product.ReleaseDate);
        Assert.Equal("slim", product.Metadata!.Value.GetProperty("fit").GetString());
        Assert.Equal(4.5, product.Rating);
        Assert.Null(product.CompareAtPrice);
        Assert.Null(product.Category);
        Assert.Null(product.Tags); // @include(if: false): absent, so nullable although [String!]! in the schema
        Assert.Equal("""{"id":"P1"}""", Assert.Single(_server.Requests).Json.GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task BadRequestWithAGraphQLBodyIsAResultWithErrors()
    {
        _server.Http = _ => (400, "application/graphql-response+json",
            """{"errors":[{"message":"Cannot query field \"x\" on type \"Query\".","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""");
        var client = ClientFactory.Create(_server);

        var result = await client.Search.ExecuteAsync("t");

        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("GRAPHQL_VALIDATION_FAILED", new ClientErrorLocation(1, 3)), (error.Code, Assert.Single(error.Locations)));
        var thrown = Assert.Throws<GraphQLClientException>(result.EnsureNoErrors);
        Assert.Equal("The GraphQL operation failed: Cannot query field \"x\" on type \"Query\". (GRAPHQL_VALIDATION_FAILED)", thrown.Message);
    }

    [Fact]
    public async Task FieldErrorsComeWithPartialDataAndPaths()
    {
        _server.RespondWith("""
            {"data":{"product":null},"errors":[{"message":"Not authorized.","path":["product"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}},
                                                {"message":"Other.","path":["product",0,"name"]}]}
            """);
        var client = ClientFactory.Create(_server);

        var result = await client.GetProduct.ExecuteAsync("P1");

        Assert.Null(result.Data!.Product);
        Assert.Equal(new object[] { "product", 0, "name" }, result.Errors[1].Path);
        var thrown = Assert.Throws<GraphQLClientException>(result.EnsureNoErrors);
        Assert.Equal(
            "The GraphQL operation failed with 2 errors:" + Environment.NewLine
            + "- Not authorized. (AUTH_NOT_AUTHORIZED) at product" + Environment.NewLine
            + "- Other. at product.0.name",
            thrown.Message);
    }

    [Fact]
    public async Task NonGraphQLResponseIsATransportException()
    {
        _server.Http = _ => (502, "text/html", "<html>Bad Gateway</html>");
        var client = ClientFactory.Create(_server);

        var thrown = await Assert.ThrowsAsync<GraphQLTransportException>(() => client.Search.ExecuteAsync("t"));

        Assert.Equal(HttpStatusCode.BadGateway, thrown.StatusCode);
        Assert.Equal("<html>Bad Gateway</html>", thrown.Content);
        Assert.Equal("The GraphQL server answered 502 (Bad Gateway) without a GraphQL response.", thrown.Message);
    }

    [Fact]
    public async Task UnreachableServerIsATransportException()
    {
        var address = _server.GraphQLEndpoint;
        await _server.DisposeAsync();
        var services = new ServiceCollection();
        services.AddTestClient().ConfigureHttpClient(c => c.BaseAddress = address);
        var client = services.BuildServiceProvider().GetRequiredService<ITestClient>();

        var thrown = await Assert.ThrowsAsync<GraphQLTransportException>(() => client.Search.ExecuteAsync("t"));

        Assert.StartsWith("The GraphQL server could not be reached: ", thrown.Message);
        _server = await LoopbackGraphQLServer.StartAsync();
    }

    [Fact]
    public async Task InterceptorsAddPerRequestHeaders()
    {
        _server.RespondWith("""{"data":{"search":[]}}""");
        var client = ClientFactory.Create(_server, b => b.AddHttpRequestInterceptor((context, _) =>
        {
            context.Request.Headers.Authorization = new("Bearer", "token-for-" + context.Operation.Name);
            return ValueTask.CompletedTask;
        }));

        await client.Search.ExecuteAsync("t");

        Assert.Equal("Bearer token-for-Search", Assert.Single(_server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task PersistedModeSendsOnlyTheHash()
    {
        _server.RespondWith("""{"data":{"search":[]}}""");
        var client = ClientFactory.Create(_server, b => b.ConfigureOptions(o => o.PersistedOperations = PersistedOperationMode.HashOnly));

        await client.Search.ExecuteAsync("t");

        Assert.Equal(
            $$$$"""{"id":"{{{{SearchQuery.Hash}}}}","operationName":"Search","variables":{"term":"t"}}""",
            Assert.Single(_server.Requests).Body);
    }

    [Fact]
    public async Task PersistedModeFallsBackToTheDocumentWhenTheServerDoesNotKnowTheHash()
    {
        _server.Http = r => r.Json.TryGetProperty("query", out _)
            ? (200, "application/json", """{"data":{"search":[]}}""")
            : (200, "application/json", """{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}""");
        var client = ClientFactory.Create(_server, b => b.ConfigureOptions(o =>
        {
            o.PersistedOperations = PersistedOperationMode.HashWithDocumentFallback;
            o.PersistedOperationFormat = PersistedOperationFormat.PersistedQueryExtension;
        }));

        var result = await client.Search.ExecuteAsync("t");

        Assert.Empty(result.Errors);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(
            $$$$"""{"operationName":"Search","variables":{"term":"t"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{{{SearchQuery.Hash}}}}"}}}""",
            _server.Requests[0].Body);
        Assert.Equal(SearchQuery.Document, _server.Requests[1].Json.GetProperty("query").GetString());
    }

    [Fact]
    public async Task DataOfTheWrongShapeIsAClientExceptionNamingTheOperation()
    {
        _server.RespondWith("""{"data":{"search":[{"__typename":"Banner","id":"B1"}]}}""");
        var client = ClientFactory.Create(_server);

        var thrown = await Assert.ThrowsAsync<GraphQLClientException>(() => client.Search.ExecuteAsync("t"));

        Assert.Equal("The data of operation \"Search\" does not have the shape of its selection set: Unknown __typename \"Banner\".", thrown.Message);
    }
}
