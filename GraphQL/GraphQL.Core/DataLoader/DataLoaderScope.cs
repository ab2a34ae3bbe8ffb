using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.DataLoader;

/// <summary>The DataLoaders of one execution, attached to its batch scheduler.</summary>
internal sealed class DataLoaderScope : IDataLoaderScope
{
    private readonly object _sync = new();
    private readonly IServiceProvider _services;
    private readonly BatchScheduler _scheduler;
    private readonly Dictionary<object, IDataLoader> _loaders = new();

    public DataLoaderScope(IServiceProvider services, BatchScheduler scheduler)
    {
        _services = services;
        _scheduler = scheduler;
    }

    public T GetDataLoader<T>() where T : class, IDataLoader => (T)GetDataLoader(typeof(T));

    public IDataLoader GetDataLoader(Type dataLoaderType)
    {
        lock (_sync)
        {
            if (_loaders.TryGetValue(dataLoaderType, out var existing)) return existing;
            var registry = _services.GetService<DataLoaderRegistry>();
            var implementation = registry?.GetImplementation(dataLoaderType) ?? dataLoaderType;
            var loader = (IDataLoader)ActivatorUtilities.CreateInstance(_services, implementation);
            Attach(loader);
            _loaders.Add(dataLoaderType, loader);
            return loader;
        }
    }

    public T GetOrRegister<T>(string key, Func<T> create) where T : class, IDataLoader
    {
        lock (_sync)
        {
            if (_loaders.TryGetValue(key, out var existing)) return (T)existing;
            var loader = create();
            Attach(loader);
            _loaders.Add(key, loader);
            return loader;
        }
    }

    /// <summary><see cref="GetOrRegister{T}(string, Func{T})"/> with the factory's state passed in, so a caller needs no closure.</summary>
    public T GetOrRegister<T, TState>(string key, TState state, Func<TState, T> create) where T : class, IDataLoader
    {
        lock (_sync)
        {
            if (_loaders.TryGetValue(key, out var existing)) return (T)existing;
            var loader = create(state);
            Attach(loader);
            _loaders.Add(key, loader);
            return loader;
        }
    }

    private void Attach(IDataLoader loader)
    {
        if (loader is ISchedulableDataLoader schedulable) schedulable.Scheduler = _scheduler;
    }
}

/// <summary>The loader types registered with <c>AddDataLoader</c>: service type to implementation type.</summary>
internal sealed class DataLoaderRegistry
{
    private readonly Dictionary<Type, Type> _implementations = new();

    public void Add(Type serviceType, Type implementationType) => _implementations[serviceType] = implementationType;

    public Type? GetImplementation(Type serviceType) => _implementations.TryGetValue(serviceType, out var t) ? t : null;
}
