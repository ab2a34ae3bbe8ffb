using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// The HTTP request's services, reached only when something asks for one. Reading
/// <see cref="HttpContext.RequestServices"/> makes ASP.NET Core create a service scope and dispose it when the
/// response completes; most operations (<c>{ hello }</c>, anything with pure resolvers) never resolve a
/// service, so handing the executor this instead of the scope itself saves that work on every such request
/// (docs/performance.md, "HTTP server vs Node peers", finding 5). Resolvers see the same scoped instances
/// as with the scope itself: every call is forwarded to it.
/// </summary>
internal sealed class HttpRequestServices : IKeyedServiceProvider, ISupportRequiredService
{
    private readonly HttpContext _context;

    public HttpRequestServices(HttpContext context) => _context = context;

    public object? GetService(Type serviceType) => _context.RequestServices.GetService(serviceType);

    public object GetRequiredService(Type serviceType) => _context.RequestServices.GetRequiredService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) => _context.RequestServices.GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) => _context.RequestServices.GetRequiredKeyedService(serviceType, serviceKey);
}
