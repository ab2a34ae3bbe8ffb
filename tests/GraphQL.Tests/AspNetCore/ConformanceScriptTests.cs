using System.Diagnostics;

namespace GraphQL.Tests.AspNetCore;

/// <summary>
/// The npm suites of <c>tests/conformance</c> against a real server: graphql-http's audit, graphql-ws's
/// client, the subscriptions-transport-ws client and raw-socket probes of the close codes.
/// </summary>
public sealed class ConformanceScriptTests : IAsyncLifetime
{
    private TestGraphQLServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TestGraphQLServer.StartAsync(o => o.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(700));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GraphQLHttpAuditPassesEveryMustAndShould()
    {
        var (exit, output) = await RunNodeAsync("http-audit.mjs");
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("\nerror", output);
        Assert.DoesNotContain("\nwarn", output);
        Assert.Contains(" 0 MUST/SHOULD failures", output);
    }

    [Fact]
    public async Task GraphQLWsClientRunsQueryMutationSubscriptionAndAuthenticates()
    {
        var (exit, output) = await RunNodeAsync("ws-client.mjs");
        Assert.True(exit == 0, output);
        Assert.Contains("query: [{\"data\":{\"hello\":\"Hello, ws!\"}}]", output);
        Assert.Contains("mutation: [{\"data\":{\"send\":\"sent over ws\"}}]", output);
        Assert.Contains("subscription: 3,2,1,0", output);
        Assert.Contains("validation error: [{\"message\":\"Cannot query field \\\"nope\\\" on type \\\"Query\\\".\"", output);
        Assert.Contains("me: [{\"data\":{\"me\":\"ada\"}}]", output);
    }

    [Fact]
    public async Task LegacySubscriptionsTransportWsClientRunsQueryAndSubscription()
    {
        var (exit, output) = await RunNodeAsync("legacy-ws-client.mjs");
        Assert.True(exit == 0, output);
        Assert.Contains("query: [{\"data\":{\"hello\":\"Hello, legacy!\",\"me\":\"grace\"}}]", output);
        Assert.Contains("subscription: 2,1,0", output);
    }

    [Fact]
    public async Task RawSocketProbesSeeEveryCloseCode()
    {
        var (exit, output) = await RunNodeAsync("ws-probes.mjs");
        Assert.True(exit == 0, output);
        Assert.Contains("9/9 probes passed", output);
    }

    private async Task<(int Exit, string Output)> RunNodeAsync(string script)
    {
        var directory = ConformanceDirectory();
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "graphql-http")))
        {
            Assert.Fail("Run `npm ci` in tests/conformance (node_modules is missing).");
        }

        var start = new ProcessStartInfo("node", new[] { script, _server.Url })
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in 120 s:\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, "\n" + await stdout + await stderr);
    }

    private static string ConformanceDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Boutique.sln"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Boutique.sln not found above the test output."), "tests", "conformance");
    }
}
