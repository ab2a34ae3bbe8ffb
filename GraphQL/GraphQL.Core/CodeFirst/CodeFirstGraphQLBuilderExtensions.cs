using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Code-first schemas on the GraphQL builder, in Hot Chocolate's shape:
/// <c>services.AddGraphQL().AddQueryType&lt;ProductQueries&gt;().AddTypeExtension&lt;ProductExtensions&gt;()</c>.
/// The schema is built on first use of the executor, with the application's services deciding
/// which resolver parameters are services.
/// </summary>
public static class CodeFirstGraphQLBuilderExtensions
{
    public static IGraphQLBuilder AddQueryType<T>(this IGraphQLBuilder builder) => builder.ConfigureSchema(s => s.AddQueryType<T>());

    public static IGraphQLBuilder AddQueryType(this IGraphQLBuilder builder, Type type) => builder.ConfigureSchema(s => s.AddQueryType(type));

    public static IGraphQLBuilder AddMutationType<T>(this IGraphQLBuilder builder) => builder.ConfigureSchema(s => s.AddMutationType<T>());

    public static IGraphQLBuilder AddMutationType(this IGraphQLBuilder builder, Type type) => builder.ConfigureSchema(s => s.AddMutationType(type));

    public static IGraphQLBuilder AddSubscriptionType<T>(this IGraphQLBuilder builder) => builder.ConfigureSchema(s => s.AddSubscriptionType<T>());

    public static IGraphQLBuilder AddSubscriptionType(this IGraphQLBuilder builder, Type type) => builder.ConfigureSchema(s => s.AddSubscriptionType(type));

    public static IGraphQLBuilder AddTypeExtension<T>(this IGraphQLBuilder builder) => builder.ConfigureSchema(s => s.AddTypeExtension<T>());

    public static IGraphQLBuilder AddTypeExtension(this IGraphQLBuilder builder, Type type) => builder.ConfigureSchema(s => s.AddTypeExtension(type));

    public static IGraphQLBuilder AddType<T>(this IGraphQLBuilder builder) => builder.ConfigureSchema(s => s.AddType<T>());

    public static IGraphQLBuilder AddType(this IGraphQLBuilder builder, Type type) => builder.ConfigureSchema(s => s.AddType(type));

    public static IGraphQLBuilder AddType(this IGraphQLBuilder builder, NamedType type) => builder.ConfigureSchema(s => s.AddType(type));

    public static IGraphQLBuilder BindScalar<TRuntime>(this IGraphQLBuilder builder, ScalarType scalar) =>
        builder.ConfigureSchema(s => s.BindScalar<TRuntime>(scalar));

    /// <summary>Any other change to the code-first schema of this builder.</summary>
    public static IGraphQLBuilder ConfigureSchema(this IGraphQLBuilder builder, Action<CodeFirstSchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var name = builder.Name;
        builder.Services.Configure<CodeFirstSchemaOptions>(name, options => options.Actions.Add(configure));
        return builder.ConfigureSetup(setup => setup.SchemaFactory = services => CreateSchema(services, name));
    }

    private static Schema CreateSchema(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<CodeFirstSchemaOptions>>().Get(name);
        var schema = new CodeFirstSchemaBuilder { ServiceLookup = services.GetService<IServiceProviderIsService>() };
        foreach (var configure in options.Actions) configure(schema);
        return schema.Build();
    }
}

/// <summary>The code-first configuration of one named schema.</summary>
internal sealed class CodeFirstSchemaOptions
{
    public List<Action<CodeFirstSchemaBuilder>> Actions { get; } = new();
}
