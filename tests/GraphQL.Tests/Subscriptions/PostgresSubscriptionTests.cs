using System.Net.Http.Headers;
using System.Text;
using GraphQL.Subscriptions.Postgres;
using GraphQL.Tests.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GraphQL.Tests.Subscriptions;

/// <summary>
/// Two ASP.NET hosts on one PostgreSQL database: a subscriber on instance A receives what instance B
/// publishes, large payloads go through the payload table, and the listener survives losing its connection.
/// </summary>
public sealed class PostgresSubscriptionTests : IAsyncLifetime
{
    private readonly string _channel = "gql_test_" + Guid.NewGuid().ToString("N");
    private TestGraphQLServer _a = null!;
    private TestGraphQLServer _b = null!;

    private static string ConnectionString =>
        Environment.GetEnvironmentVariable("BOUTIQUE_TEST_PG")
        ?? throw new InvalidOperationException("BOUTIQUE_TEST_PG is not set: the test command exports a PostgreSQL connection string.");

    public async Task InitializeAsync()
    {
        _a = await TestGraphQLServer.StartAsync(services: Bus);
        _b = await TestGraphQLServer.StartAsync(services: Bus);
        await BusOf(_a).WhenListeningAsync();
        await BusOf(_b).WhenListeningAsync();
    }

    private void Bus(IServiceCollection services) => services.AddGraphQL().AddPostgresSubscriptions(ConnectionString, o => o.Channel = _channel);

    private static PostgresPubSub BusOf(TestGraphQLServer server) => server.Services.GetRequiredService<PostgresPubSub>();

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task SubscriberOnOneInstanceReceivesSmallAndLargeEventsPublishedOnAnother()
    {
        await using var events = await SseSubscription.OpenAsync(_a.Client, "subscription { messages }");
        Assert.Equal(1, BusOf(_a).GetSubscriberCount("messages"));

        await Send(_b, "from B");
        Assert.Equal("{\"data\":{\"messages\":\"from B\"}}", await events.NextAsync());

        var large = _channel + string.Concat(Enumerable.Range(0, 2000).Select(i => i.ToString("D5")));
        await Send(_b, large);
        Assert.Equal("{\"data\":{\"messages\":\"" + large + "\"}}", await events.NextAsync());

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM graphql_subscription_payloads WHERE payload = @p", connection);
        count.Parameters.AddWithValue("p", "\"" + large + "\"");
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ListenerReconnectsAfterItsConnectionIsTerminated()
    {
        await using var events = await SseSubscription.OpenAsync(_a.Client, "subscription { messages }");
        var bus = BusOf(_a);
        var before = bus.ListenerProcessId!.Value;

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
            kill.Parameters.AddWithValue("pid", before);
            Assert.Equal(true, await kill.ExecuteScalarAsync());
        }

        var after = await bus.WhenListeningAsync(except: before).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotEqual(before, after);

        await Send(_b, "after reconnect");
        Assert.Equal("{\"data\":{\"messages\":\"after reconnect\"}}", await events.NextAsync());
    }

    private static async Task Send(TestGraphQLServer server, string text)
    {
        var body = "{\"query\":\"mutation($t: String!) { send(text: $t) }\",\"variables\":{\"t\":\"" + text + "\"}}";
        var response = await server.Client.PostJsonAsync(body);
        Assert.Equal(200, (int)response.StatusCode);
    }
}

/// <summary>A graphql-sse subscription read event by event.</summary>
internal sealed class SseSubscription : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseSubscription(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<SseSubscription> OpenAsync(HttpClient client, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"" + query + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseSubscription(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The data of the next <c>next</c> event, or null when the stream completed.</summary>
    public async Task<string?> NextAsync()
    {
        string? type = null;
        while (await _reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && type == "next") return line[6..];
            else if (type == "complete" && line.Length == 0) return null;
        }

        return null;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
