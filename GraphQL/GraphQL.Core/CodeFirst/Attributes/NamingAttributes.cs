namespace GraphQL;

/// <summary>Overrides the GraphQL name of a type, field, argument, input field or enum value.</summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum |
    AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field,
    Inherited = false)]
public sealed class GraphQLNameAttribute : Attribute
{
    public GraphQLNameAttribute(string name) => Name = name ?? throw new ArgumentNullException(nameof(name));

    public string Name { get; }
}

/// <summary>
/// The description shown by introspection and in the SDL (spec §2.1.8 Descriptions). Without it the
/// <c>&lt;summary&gt;</c> (or <c>&lt;param&gt;</c>) of the XML documentation file is used when present.
/// </summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum |
    AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field,
    Inherited = false)]
public sealed class GraphQLDescriptionAttribute : Attribute
{
    public GraphQLDescriptionAttribute(string description) => Description = description ?? throw new ArgumentNullException(nameof(description));

    public string Description { get; }
}

/// <summary>
/// Marks a field, argument, input field or enum value <c>@deprecated</c> (spec §3.13.3).
/// <see cref="ObsoleteAttribute"/> is honoured the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field, Inherited = false)]
public sealed class GraphQLDeprecatedAttribute : Attribute
{
    public GraphQLDeprecatedAttribute(string reason) => Reason = reason ?? throw new ArgumentNullException(nameof(reason));

    public string Reason { get; }
}

/// <summary>Keeps a member (or enum value) out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field, Inherited = false)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}
