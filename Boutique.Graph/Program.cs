using Boutique.Graph.Hosting;

// `dotnet Boutique.Graph.dll [migrate|seed|check-db|print-schema] [--urls ...]`: a verb runs one database task and exits;
// without one the API serves HTTP. Configuration: environment variables, see Hosting/BoutiqueSettings.cs.
var (verb, hostArgs) = CommandLine.Split(args);
var builder = WebApplication.CreateBuilder(ContentRoot.Options(hostArgs));
builder.AddBoutiqueSettings();
builder.AddBoutiqueDatabase();
builder.AddBoutiqueHealthChecks();
builder.AddBoutiqueGraphQL();

var app = builder.Build();
app.MapBoutiqueHealthChecks();
app.MapBoutiqueGraphQL();

return verb is null
    ? await app.RunBoutiqueAsync()
    : await app.RunCommandAsync(verb);

/// <summary>Visible to WebApplicationFactory&lt;Program&gt; in tests.</summary>
public partial class Program;
