using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL;

/// <summary>
/// How the executor of a named schema is built: the schema factory and the option modifiers.
/// Configured through <see cref="IGraphQLBuilder"/> extension methods (named options, one per schema).
/// </summary>
public sealed class RequestExecutorSetup
{
    /// <summary>Creates the schema; called once, on first use of the executor.</summary>
    public Func<IServiceProvider, Schema>? SchemaFactory { get; set; }

    /// <summary>Applied in order to a fresh <see cref="GraphQLExecutionOptions"/>.</summary>
    public IList<Action<GraphQLExecutionOptions>> OptionModifiers { get; } = new List<Action<GraphQLExecutionOptions>>();

    /// <summary>Create the executor's <see cref="IErrorFilter"/>s, in the order they run.</summary>
    public IList<Func<IServiceProvider, IErrorFilter>> ErrorFilters { get; } = new List<Func<IServiceProvider, IErrorFilter>>();
}
