extern alias storefront;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StorefrontProgram = storefront::Boutique.Storefront.Program;

namespace Boutique.Storefront.Tests.Infrastructure;

/// <summary>The storefront in memory (TestServer), or on a real port for a browser (<see cref="StartOnKestrel"/>).</summary>
public sealed class StorefrontHost(Uri graphQLUrl) : WebApplicationFactory<StorefrontProgram>
{
    /// <summary>A GraphQL URL on a loopback port nothing listens on: connections are refused at once.</summary>
    public static Uri UnreachableGraphQLUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/graphql");
    }

    /// <summary>Starts Kestrel on a free loopback port and returns the storefront's address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A client that does not follow redirects, so status codes are the pages' own.</summary>
    public HttpClient CreatePageClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("BOUTIQUE_GRAPH_URL", graphQLUrl.ToString());
        builder.UseEnvironment("Testing");
        // Outside Development the build's static web assets manifest is not read by default, and with it
        // the pre-compressed .gz/.br files that MapStaticAssets offers a browser (Accept-Encoding) would 404.
        builder.UseStaticWebAssets();
    }
}
