namespace Boutique.Graph.Hosting;

/// <summary>
/// Where the host looks for appsettings.json. ASP.NET Core's default is the current directory, so
/// <c>dotnet path/to/Boutique.Graph.dll</c> run from elsewhere would miss its settings (and log every
/// request at Information); the app's own directory always has them. A content root the user gives
/// (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>) wins.
/// </summary>
internal static class ContentRoot
{
    public static WebApplicationOptions Options(string[] hostArgs) =>
        new() { Args = hostArgs, ContentRootPath = Resolve(hostArgs, Environment.GetEnvironmentVariable) };

    /// <summary>The app's base directory, or null when the user chose a content root.</summary>
    public static string? Resolve(string[] hostArgs, Func<string, string?> environment)
    {
        foreach (var arg in hostArgs)
        {
            var name = arg.TrimStart('-', '/');
            if (name.StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase)) return null;
        }

        return environment("ASPNETCORE_CONTENTROOT") is { Length: > 0 } || environment("DOTNET_CONTENTROOT") is { Length: > 0 }
            ? null
            : AppContext.BaseDirectory;
    }
}
