using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Execution;

/// <summary>Builds an executor from SDL plus resolvers through the public DI API, and runs documents as JSON.</summary>
internal static class ExecutionHarness
{

    public static IRequestExecutor Create(
        string sdl,
        Action<SchemaBuilderOptions>? resolvers = null,
        Action<GraphQLExecutionOptions>? options = null,
        Action<IGraphQLBuilder>? configure = null) =>
        CreateWithServices(sdl, resolvers, options, configure).Executor;

    public static (IRequestExecutor Executor, IServiceProvider Services) CreateWithServices(
        string sdl,
        Action<SchemaBuilderOptions>? resolvers = null,
        Action<GraphQLExecutionOptions>? options = null,
        Action<IGraphQLBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddGraphQL().AddSchema(_ =>
        {
            var schemaOptions = new SchemaBuilderOptions();
            resolvers?.Invoke(schemaOptions);
            return SchemaBuilder.FromSdl(sdl, schemaOptions);
        });
        if (options is not null) builder.ModifyOptions(options);
        configure?.Invoke(builder);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IRequestExecutor>(), provider);
    }

    public static async Task<string> RunAsync(
        this IRequestExecutor executor,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        CancellationToken cancellationToken = default)
    {
        var result = await executor.ExecuteAsync(
            new GraphQLRequest { Query = query, Variables = variables, OperationName = operationName }, cancellationToken);
        return ExecutionResultWriter.ToJson(result);
    }

    /// <summary>JSON written with single quotes for readability: <c>J("{'a':1}")</c>.</summary>
    public static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');

    public static IReadOnlyDictionary<string, object?> Vars(params (string Name, object? Value)[] values)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values) map[name] = value;
        return map;
    }

    public static IReadOnlyDictionary<string, object?> Obj(params (string Name, object? Value)[] values) => Vars(values);
}
