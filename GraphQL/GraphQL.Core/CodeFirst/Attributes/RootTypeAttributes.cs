namespace GraphQL;

/// <summary>
/// The public methods and properties of the class become fields of the <c>Query</c> root type
/// (spec §3.3.1). Several classes may carry it: their fields are merged into one root type.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class QueryTypeAttribute : Attribute
{
}

/// <summary>
/// The public methods and properties of the class become fields of the <c>Mutation</c> root type.
/// Several classes may carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MutationTypeAttribute : Attribute
{
}

/// <summary>
/// The public methods of the class become fields of the <c>Subscription</c> root type; a field's
/// source stream is the method's <see cref="IAsyncEnumerable{T}"/> or a topic (<see cref="TopicAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SubscriptionTypeAttribute : Attribute
{
}

/// <summary>
/// The public methods and properties of the class are added as fields to another object type,
/// named by its .NET type or by its GraphQL name (roots included: <c>"Query"</c>). The extended
/// object is injected into a parameter marked <see cref="ParentAttribute"/> or typed as the
/// extended .NET type.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    public ExtendObjectTypeAttribute(Type extendedType) => ExtendedType = extendedType ?? throw new ArgumentNullException(nameof(extendedType));

    public ExtendObjectTypeAttribute(string name) => Name = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The .NET type whose object type is extended, or null when <see cref="Name"/> names it.</summary>
    public Type? ExtendedType { get; }

    /// <summary>The GraphQL name of the extended type, or null when <see cref="ExtendedType"/> gives it.</summary>
    public string? Name { get; }
}
