using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQL.Client.Tests.Infrastructure;

/// <summary>A recorded HTTP request: headers (copied: Kestrel reuses its header collections) and the JSON body.</summary>
internal sealed record RecordedRequest(IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>
/// A hand-written GraphQL endpoint on Kestrel (a free loopback port): POST /graphql answers with what the test's
/// handler returns (canned JSON per operation), and /graphql accepts graphql-transport-ws WebSockets driven by
/// the test's socket handler. Real sockets and real HTTP, so the client's transports run exactly as in production.
/// </summary>
internal sealed class LoopbackGraphQLServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackGraphQLServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public Uri GraphQLEndpoint => new(Address, "/graphql");

    public List<RecordedRequest> Requests { get; } = new();

    public Func<RecordedRequest, (int Status, string ContentType, string Body)>? Http { get; set; }

    public Func<WebSocket, Task>? WebSocket { get; set; }

    public static async Task<LoopbackGraphQLServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackGraphQLServer? server = null;
        app.UseWebSockets();
        app.Map("/graphql", async context =>
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                using var socket = await context.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
                await server!.WebSocket!(socket);
                return;
            }

            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var request = new RecordedRequest(headers, await reader.ReadToEndAsync());
            lock (server!.Requests) server.Requests.Add(request);
            var (status, contentType, body) = server.Http!(request);
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackGraphQLServer(app, new Uri(address));
        return server;
    }

    /// <summary>Answers every POST with <paramref name="body"/> as <c>application/graphql-response+json</c>, status 200.</summary>
    public void RespondWith(string body) => Http = _ => (200, "application/graphql-response+json; charset=utf-8", body);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Receives one graphql-transport-ws message as JSON (null when the client closed the socket).</summary>
    public static async Task<JsonElement?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[64 * 1024];
        var count = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            count += result.Count;
            if (result.EndOfMessage) break;
        }

        return JsonDocument.Parse(buffer.AsMemory(0, count)).RootElement.Clone();
    }

    public static Task SendAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
}
