var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "Boutique");
app.Run();

namespace Boutique.Storefront
{
    public partial class Program;
}
