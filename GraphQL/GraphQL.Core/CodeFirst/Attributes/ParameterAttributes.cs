namespace GraphQL;

/// <summary>
/// The parameter is resolved from the request's services instead of being a GraphQL argument.
/// Parameters whose type is registered in DI, or is an interface not mapped to GraphQL, are
/// services without it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class ServiceAttribute : Attribute
{
}

/// <summary>The parameter receives the parent object (spec §6.4.2 "objectValue").</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class ParentAttribute : Attribute
{
}
