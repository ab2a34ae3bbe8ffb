// Boutique storefront: server-rendered Razor Pages that call the GraphQL API.
// Placeholder for now; the pages and the typed client (Operations/*.graphql) come later.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages();
builder.Services.AddHealthChecks();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseRouting();
app.MapHealthChecks("/healthz");
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

app.Run();

namespace Boutique.Storefront
{
    public partial class Program;
}
