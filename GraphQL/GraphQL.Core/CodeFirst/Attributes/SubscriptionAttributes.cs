namespace GraphQL;

/// <summary>
/// A subscription field (spec §6.2.3). Without <see cref="With"/> the method itself returns the
/// source stream (<see cref="IAsyncEnumerable{T}"/>) and each event is the field's value; with
/// <see cref="With"/>, the named method of the same class creates the stream and this method maps
/// each event (received through a <see cref="ParentAttribute"/> parameter) to the field's value.
/// Without either, the field listens to a topic (<see cref="TopicAttribute"/>, by default the
/// field name) on the event bus and the event is received through a <see cref="ParentAttribute"/>
/// parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class SubscribeAttribute : Attribute
{
    /// <summary>The name of the method that creates the source stream, or null.</summary>
    public string? With { get; set; }
}

/// <summary>
/// The topic of a subscription field on the event bus. On the method: a fixed topic or a format with
/// argument placeholders (<c>"OrderStatusChanged_{orderNumber}"</c>); on a parameter: the argument
/// value is the topic.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class TopicAttribute : Attribute
{
    public TopicAttribute(string? name = null) => Name = name;

    public string? Name { get; }
}
