using Microsoft.Extensions.DependencyInjection;

namespace GraphQL;

/// <summary>
/// Configures one GraphQL schema and its executor (<c>services.AddGraphQL(name)</c>). Other parts of
/// the toolkit add their own extension methods (code-first types, transport, data middleware).
/// </summary>
public interface IGraphQLBuilder
{
    IServiceCollection Services { get; }

    /// <summary>The schema name; empty for the default schema.</summary>
    string Name { get; }
}

internal sealed class GraphQLBuilder : IGraphQLBuilder
{
    public GraphQLBuilder(IServiceCollection services, string name)
    {
        Services = services;
        Name = name;
    }

    public IServiceCollection Services { get; }
    public string Name { get; }
}
