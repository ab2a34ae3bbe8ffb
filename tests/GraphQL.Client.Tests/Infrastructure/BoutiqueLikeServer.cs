using GraphQL.AspNetCore;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQL.Client.Tests.Infrastructure;

/// <summary>
/// The toolkit's own server (<c>MapGraphQL</c> over HTTP and graphql-transport-ws) serving this project's
/// schema.graphql with in-memory resolvers, on Kestrel at a free loopback port: the generated client talks to the
/// real thing end to end.
/// </summary>
internal sealed class BoutiqueLikeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BoutiqueLikeServer(WebApplication app, Uri address)
    {
        _app = app;
        GraphQLEndpoint = new Uri(address, "/graphql");
    }

    public Uri GraphQLEndpoint { get; }

    /// <summary>The <c>input</c> argument of the last <c>addToCart</c>, as the server coerced it.</summary>
    public static IReadOnlyDictionary<string, object?>? LastCartInput { get; private set; }

    public static async Task<BoutiqueLikeServer> StartAsync(string? persistedOperationsDirectory = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQLServer().AddSchema(_ => CreateSchema()).ModifyServerOptions(o =>
        {
            o.WebSockets.KeepAliveInterval = null;
            o.PersistedOperationsDirectory = persistedOperationsDirectory;
        });
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BoutiqueLikeServer(app, new Uri(address));
    }

    private static Schema CreateSchema()
    {
        var options = new SchemaBuilderOptions();
        options.PureResolvers["Query"]["products"] = ctx =>
        {
            var first = ctx.ArgumentValue<int>("first");
            var edges = new List<object?>();
            for (var i = 0; i < Math.Min(first, Catalog.Count); i++) edges.Add(Map(("cursor", "c" + i), ("node", Catalog[i])));
            return Map(("edges", edges), ("pageInfo", Map(("hasNextPage", first < Catalog.Count), ("endCursor", "c" + (edges.Count - 1)))), ("totalCount", Catalog.Count));
        };
        options.PureResolvers["Query"]["product"] = ctx =>
        {
            var id = ctx.ArgumentValue<string>("id");
            if (id == "boom") throw new GraphQLException("The product service is down.");
            return Catalog.FirstOrDefault(p => (string)p["id"]! == id);
        };
        options.PureResolvers["Query"]["search"] = _ => new List<object?> { Catalog[0], Shirts };
        options.PureResolvers["Mutation"]["addToCart"] = ctx =>
        {
            var input = ctx.ArgumentValue<IReadOnlyDictionary<string, object?>>("input");
            LastCartInput = input;
            var quantity = (int)input["quantity"]!;
            return quantity > 3
                ? Map(("cart", null), ("errors", new List<object?> { Map(("__typename", "OutOfStockError"), ("message", "Only 3 left."), ("available", 3)) }))
                : Map(("cart", Map(("id", "cart-1"), ("total", 49.90m * quantity), ("lines", new List<object?> { Map(("quantity", quantity), ("product", Catalog[0])) }))), ("errors", null));
        };
        options.SubscribeResolvers["Subscription"]["orderStatusChanged"] = ctx => ValueTask.FromResult(StatusChanges(ctx.ArgumentValue<string>("orderId")));
        options.PureResolvers["Subscription"]["orderStatusChanged"] = ctx => ctx.Parent;
        return SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(TestFiles.ProjectDirectory(), "schema.graphql")), options);
    }

    private static async IAsyncEnumerable<object?> StatusChanges(string orderId)
    {
        foreach (var status in new[] { "PAID", "SHIPPED" })
        {
            await Task.Yield();
            yield return Map(("orderId", orderId), ("status", status), ("at", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        }
    }

    private static readonly Dictionary<string, object?> Shirts =
        Map(("__typename", "Category"), ("id", "C1"), ("name", "Shirts"), ("slug", "shirts"), ("products", new List<object?>()));

    private static readonly List<Dictionary<string, object?>> Catalog = new()
    {
        Map(("__typename", "Product"), ("id", "P1"), ("name", "Linen Shirt"), ("slug", "linen-shirt"), ("price", 49.90m), ("compareAtPrice", null),
            ("status", "PUBLISHED"), ("category", Shirts), ("tags", new List<object?> { "linen", "summer" }),
            ("createdAt", new DateTimeOffset(2025, 3, 1, 10, 15, 0, TimeSpan.Zero)), ("sku", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")),
            ("stock", 9007199254740993L), ("imageUrl", new Uri("https://img.test/p1.png")), ("releaseDate", new DateOnly(2025, 12, 24)),
            ("metadata", "slim fit"), ("rating", 4.5)),
        Map(("__typename", "Product"), ("id", "P2"), ("name", "Wool Scarf"), ("slug", "wool-scarf"), ("price", 25m), ("compareAtPrice", 30m),
            ("status", "PENDING_APPROVAL"), ("category", null), ("tags", new List<object?>()),
            ("createdAt", new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero)), ("sku", null), ("stock", null), ("imageUrl", null),
            ("releaseDate", null), ("metadata", null), ("rating", null)),
    };

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries) map[key] = value;
        return map;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
