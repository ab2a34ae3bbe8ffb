using System.Collections.Concurrent;
using GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Boutique.Tests.Catalog;

/// <summary>Topics the API host has subscribed to, so a test publishes only once the subscriber is there.</summary>
public sealed class SubscribedTopics
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _topics = new(StringComparer.Ordinal);

    public Task WhenSubscribedAsync(string topic) => Get(topic).Task;

    internal void Subscribed(string topic) => Get(topic).TrySetResult();

    private TaskCompletionSource Get(string topic) =>
        _topics.GetOrAdd(topic, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

/// <summary>
/// Wraps the host's <see cref="ITopicEventReceiver"/> and reports each topic once <c>SubscribeAsync</c>
/// has returned, which the receiver's contract defines as "events sent from now on are delivered".
/// </summary>
internal sealed class ObservedTopicReceiver(ITopicEventReceiver inner, SubscribedTopics topics) : ITopicEventReceiver
{
    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        var stream = await inner.SubscribeAsync<TMessage>(topic, cancellationToken);
        topics.Subscribed(topic);
        return stream;
    }

    public static void Decorate(IServiceCollection services, SubscribedTopics topics)
    {
        var registered = services.Last(d => d.ServiceType == typeof(ITopicEventReceiver));
        services.Remove(registered);
        services.AddSingleton<ITopicEventReceiver>(sp => new ObservedTopicReceiver(Create(sp, registered), topics));
    }

    private static ITopicEventReceiver Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ITopicEventReceiver)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
