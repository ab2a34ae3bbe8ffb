using Boutique.Graph.Hosting;

namespace Boutique.Tests.Catalog;

/// <summary>The API finds its appsettings.json whatever directory it is started from.</summary>
public sealed class ContentRootTests
{
    private static string? NoEnvironment(string name) => null;

    [Fact]
    public void WithoutAChoiceTheContentRootIsTheAppsDirectory()
    {
        Assert.Equal(AppContext.BaseDirectory, ContentRoot.Resolve(["--urls=http://127.0.0.1:0"], NoEnvironment));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")), "appsettings.json is copied beside the app");
    }

    [Theory]
    [InlineData("--contentRoot=/srv/boutique")]
    [InlineData("--contentroot")]
    [InlineData("/contentRoot=/srv/boutique")]
    public void AContentRootArgumentWins(string argument)
    {
        Assert.Null(ContentRoot.Resolve([argument, "/srv/boutique"], NoEnvironment));
    }

    [Theory]
    [InlineData("ASPNETCORE_CONTENTROOT")]
    [InlineData("DOTNET_CONTENTROOT")]
    public void AContentRootEnvironmentVariableWins(string variable)
    {
        Assert.Null(ContentRoot.Resolve([], name => name == variable ? "/srv/boutique" : null));
    }
}
