// Boutique storefront: server-rendered Razor Pages; every catalog call goes through the typed client
// generated from Operations/*.graphql (IBoutiqueClient). Configuration: BOUTIQUE_GRAPH_URL.
using Boutique.Storefront.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddStorefront();

var app = builder.Build();
app.UseStorefrontErrorPages();
app.MapStorefront();

app.Run();

namespace Boutique.Storefront
{
    /// <summary>Visible to WebApplicationFactory in tests (the Graph API has a global Program too).</summary>
    public partial class Program;
}
