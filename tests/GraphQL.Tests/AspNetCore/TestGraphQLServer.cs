using System.Security.Claims;
using System.Text;
using GraphQL.AspNetCore;
using GraphQL.AspNetCore.WebSockets;
using GraphQL.Execution;
using GraphQL.Subscriptions;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQL.Tests.AspNetCore;

/// <summary>
/// A real Kestrel server on a free loopback port serving a small schema through <c>MapGraphQL</c>:
/// queries, a failing field, the current user, mutations, uploads and two subscriptions (a topic on the
/// event bus and a countdown). The event bus is wrapped so tests can await subscribe and unsubscribe.
/// </summary>
internal sealed class TestGraphQLServer : IAsyncDisposable
{
    public const string Sdl = """
        scalar Upload

        type Query {
          hello(name: String = "world"): String!
          fail: String
          me: String
          numbers(count: Int = 3): [Int!]!
        }

        type Mutation {
          send(text: String!): String!
          upload(file: Upload!): File!
          uploadMany(files: [Upload!]!): [File!]!
        }

        type File {
          name: String!
          size: Int!
          contentType: String
          text: String!
        }

        type Subscription {
          messages: String!
          countdown(from: Int!): Int!
        }
        """;

    private readonly WebApplication _app;

    private TestGraphQLServer(WebApplication app, Uri baseUri, TrackingEventReceiver events)
    {
        _app = app;
        BaseUri = baseUri;
        Events = events;
        Client = new HttpClient { BaseAddress = baseUri };
    }

    public Uri BaseUri { get; }
    public string Url => new Uri(BaseUri, "/graphql").ToString();
    public Uri WebSocketUri => new(Url.Replace("http://", "ws://", StringComparison.Ordinal));
    public HttpClient Client { get; }
    public TrackingEventReceiver Events { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<TestGraphQLServer> StartAsync(Action<GraphQLServerOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("GRAPHQL_TEST_LOG") is not null) builder.Logging.AddConsole();
        builder.WebHost.UseKestrel(k => k.Limits.MaxRequestBodySize = null).UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<InMemoryPubSub>();
        builder.Services.AddSingleton<TrackingEventReceiver>();
        builder.Services.AddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<InMemoryPubSub>());
        builder.Services.AddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<TrackingEventReceiver>());
        var graphql = builder.Services.AddGraphQLServer().AddSchema(CreateSchema).AddSocketSessionInterceptor<TestSocketInterceptor>();
        graphql.ModifyServerOptions(o =>
        {
            o.WebSockets.KeepAliveInterval = null;
            configure?.Invoke(o);
        });
        services?.Invoke(builder.Services);

        var app = builder.Build();

        // Tests authenticate HTTP requests with a header: the user must reach resolvers through GraphQLRequest.User.
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Test-User", out var name))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, name.ToString()) }, "Test"));
            }

            return next(context);
        });
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (Environment.GetEnvironmentVariable("GRAPHQL_TEST_LOG") is { } log)
            {
                await File.AppendAllTextAsync(log, ex + "\n");
                throw;
            }
        });
        app.MapGraphQL("/graphql");
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestGraphQLServer(app, new Uri(address), app.Services.GetRequiredService<TrackingEventReceiver>());
    }

    private static Schema CreateSchema(IServiceProvider services)
    {
        var options = new SchemaBuilderOptions();
        options.PureResolvers["Query"]["hello"] = ctx => "Hello, " + ctx.ArgumentValue<string>("name") + "!";
        options.PureResolvers["Query"]["fail"] = _ => throw new GraphQLException("This field always fails.");
        options.PureResolvers["Query"]["me"] = ctx => ctx.User()?.Identity?.Name;
        options.PureResolvers["Query"]["numbers"] = ctx => Enumerable.Range(1, ctx.ArgumentValue<int>("count")).ToList();
        options.Resolvers["Mutation"]["send"] = async ctx =>
        {
            var text = ctx.ArgumentValue<string>("text");
            await ctx.Services.GetRequiredService<ITopicEventSender>().SendAsync("messages", text);
            return text;
        };
        options.Resolvers["Mutation"]["upload"] = async ctx => await DescribeAsync(ctx.ArgumentValue<IUploadedFile>("file"));
        options.Resolvers["Mutation"]["uploadMany"] = async ctx =>
        {
            var list = new List<object?>();
            foreach (var file in ctx.ArgumentValue<IReadOnlyList<object?>>("files")) list.Add(await DescribeAsync((IUploadedFile)file!));
            return list;
        };
        options.SubscribeResolvers["Subscription"]["messages"] = async ctx =>
        {
            var receiver = ctx.Services.GetRequiredService<ITopicEventReceiver>();
            var stream = await receiver.SubscribeAsync<string>("messages", ctx.RequestAborted);
            return stream.ToEventStream();
        };
        options.PureResolvers["Subscription"]["messages"] = ctx => ctx.Parent;
        options.SubscribeResolvers["Subscription"]["countdown"] = ctx => ValueTask.FromResult(Countdown(ctx.ArgumentValue<int>("from")));
        options.PureResolvers["Subscription"]["countdown"] = ctx => ctx.Parent;
        // GraphQL.Types builds the shared introspection types' fields lazily and not thread-safely
        // ("The fields of "__Schema" are being built."), so servers of parallel tests build one at a time.
        lock (SchemaBuildLock) return SchemaBuilder.FromSdl(Sdl, options);
    }

    private static readonly object SchemaBuildLock = new();

    private static async IAsyncEnumerable<object?> Countdown(int from)
    {
        for (var i = from; i >= 0; i--)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async Task<IReadOnlyDictionary<string, object?>> DescribeAsync(IUploadedFile file)
    {
        await using var stream = file.OpenReadStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        return new Dictionary<string, object?>
        {
            ["name"] = file.Name,
            ["size"] = (int)(file.Length ?? -1),
            ["contentType"] = file.ContentType,
            ["text"] = text.Length > 32 ? text[..16] + "…" + text[^16..] : text,
        };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>
/// The in-memory bus as receiver, with signals: tests await "a subscriber arrived" before publishing and
/// "every subscriber left" after a client disconnects, instead of sleeping.
/// </summary>
internal sealed class TrackingEventReceiver : ITopicEventReceiver
{
    private readonly InMemoryPubSub _bus;
    private readonly object _gate = new();
    private int _active;
    private TaskCompletionSource _subscribed = NewSignal();
    private TaskCompletionSource _allGone = NewSignal();

    public TrackingEventReceiver(InMemoryPubSub bus) => _bus = bus;

    /// <summary>Subscribers of the <c>messages</c> topic on the underlying bus right now.</summary>
    public int MessageSubscribers => _bus.GetSubscriberCount("messages");

    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        var stream = await _bus.SubscribeAsync<TMessage>(topic, cancellationToken);
        lock (_gate)
        {
            _active++;
            _subscribed.TrySetResult();
        }

        return new Tracked<TMessage>(stream, this);
    }

    /// <summary>Completes when a subscription exists (now or later).</summary>
    public Task WhenSubscribedAsync()
    {
        lock (_gate) return _subscribed.Task;
    }

    /// <summary>Completes when the number of live subscriptions falls back to zero.</summary>
    public Task WhenAllUnsubscribedAsync()
    {
        lock (_gate) return _active == 0 ? Task.CompletedTask : _allGone.Task;
    }

    private void OnDisposed()
    {
        lock (_gate)
        {
            if (--_active != 0) return;
            _allGone.TrySetResult();
            _allGone = NewSignal();
            _subscribed = NewSignal();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Tracked<TMessage> : ISourceStream<TMessage>
    {
        private readonly ISourceStream<TMessage> _inner;
        private readonly TrackingEventReceiver _owner;
        private int _disposed;

        public Tracked(ISourceStream<TMessage> inner, TrackingEventReceiver owner)
        {
            _inner = inner;
            _owner = owner;
        }

        public IAsyncEnumerable<TMessage> ReadEventsAsync() => _inner.ReadEventsAsync();

        public async ValueTask DisposeAsync()
        {
            await _inner.DisposeAsync();
            if (Interlocked.Exchange(ref _disposed, 1) == 0) _owner.OnDisposed();
        }
    }
}
