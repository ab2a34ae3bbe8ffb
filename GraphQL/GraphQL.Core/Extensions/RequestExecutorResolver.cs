using System.Collections.Concurrent;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphQL;

/// <summary>Builds each named schema's executor once, on first use, from its <see cref="RequestExecutorSetup"/>.</summary>
internal sealed class RequestExecutorResolver : IRequestExecutorResolver
{
    private readonly ConcurrentDictionary<string, Lazy<IRequestExecutor>> _executors = new(StringComparer.Ordinal);
    private readonly IServiceProvider _services;
    private readonly IOptionsMonitor<RequestExecutorSetup> _setups;

    public RequestExecutorResolver(IServiceProvider services, IOptionsMonitor<RequestExecutorSetup> setups)
    {
        _services = services;
        _setups = setups;
    }

    public ValueTask<IRequestExecutor> GetRequestExecutorAsync(string? schemaName = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(GetRequestExecutor(schemaName));

    public IRequestExecutor GetRequestExecutor(string? schemaName = null)
    {
        var name = schemaName ?? Options.DefaultName;
        return _executors.GetOrAdd(name, n => new Lazy<IRequestExecutor>(() => Create(n))).Value;
    }

    private IRequestExecutor Create(string name)
    {
        var setup = _setups.Get(name);
        var factory = setup.SchemaFactory ?? throw new InvalidOperationException(
            name.Length == 0
                ? "No schema is configured: call UseSchema, AddSchema or AddQueryType on services.AddGraphQL()."
                : $"No schema is configured for \"{name}\": call UseSchema, AddSchema or AddQueryType on services.AddGraphQL(\"{name}\").");
        var options = new GraphQLExecutionOptions();
        foreach (var modify in setup.OptionModifiers) modify(options);
        if (setup.ErrorFilters.Count > 0)
        {
            var filters = new IErrorFilter[setup.ErrorFilters.Count];
            for (var i = 0; i < filters.Length; i++) filters[i] = setup.ErrorFilters[i](_services);
            var logger = _services.GetService<ILoggerFactory>()?.CreateLogger("GraphQL.Execution.ErrorFilter") ?? NullLogger.Instance;
            options.ErrorFilters = new ErrorFilterChain(filters, logger);
        }

        return new RequestExecutor(factory(_services), options, _services);
    }
}
