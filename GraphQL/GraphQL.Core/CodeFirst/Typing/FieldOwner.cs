namespace GraphQL.CodeFirst;

/// <summary>How a field's member relates to the object value its resolver receives.</summary>
internal enum FieldOwnerKind
{
    /// <summary>A member of the object type's own .NET type: the parent is the instance.</summary>
    Self,

    /// <summary>A member of a <c>[QueryType]</c>-like class: the instance comes from DI or is created.</summary>
    Root,

    /// <summary>A member of an <c>[ExtendObjectType]</c> class: the parent is injected into a parameter.</summary>
    Extension,
}

/// <summary>The class that declares a field's member, and how it contributes to the object type.</summary>
/// <param name="Class">The declaring class (for <see cref="FieldOwnerKind.Self"/>: the object type's .NET type).</param>
/// <param name="Kind">How the member is called.</param>
/// <param name="ExtendedType">The .NET type of the extended object type, when known.</param>
/// <param name="TypeName">The GraphQL name of the object type the field belongs to.</param>
internal readonly record struct FieldOwner(Type Class, FieldOwnerKind Kind, Type? ExtendedType, string TypeName);
