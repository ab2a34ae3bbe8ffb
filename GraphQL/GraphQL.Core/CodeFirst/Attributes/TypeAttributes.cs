namespace GraphQL;

/// <summary>
/// Overrides the GraphQL type inferred from the .NET type. With a type string (<c>"String!"</c>,
/// <c>"[ID!]"</c>) the whole type is replaced; with a <see cref="GraphQL.Types.NamedType"/> subclass
/// (e.g. a scalar) or another .NET type, only the named type is replaced and the list and non-null
/// wrappers inferred from the member are kept.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class GraphQLTypeAttribute : Attribute
{
    public GraphQLTypeAttribute(Type type) => Type = type ?? throw new ArgumentNullException(nameof(type));

    public GraphQLTypeAttribute(string typeSyntax) => TypeSyntax = typeSyntax ?? throw new ArgumentNullException(nameof(typeSyntax));

    public Type? Type { get; }
    public string? TypeSyntax { get; }
}

/// <summary>
/// The field, argument or input field has the <c>ID</c> type (spec §3.5.5), keeping list and
/// non-null wrappers. <see cref="TypeName"/> is kept for opaque global IDs (Relay), which the
/// data layer encodes and decodes. Not sealed only for <see cref="IDAttribute{T}"/>, so that every
/// place that looks for <c>[ID]</c> finds both spellings.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public class IDAttribute : Attribute
{
    private readonly Type? _type;
    private string? _typeName;

    public IDAttribute(string? typeName = null) => _typeName = typeName;

    private protected IDAttribute(Type type) => _type = type;

    /// <summary>
    /// The GraphQL type the ID belongs to, for global IDs; null for a plain ID. For
    /// <c>[ID&lt;Product&gt;]</c> it is the name the conventions give the class (its <c>[GraphQLName]</c>).
    /// </summary>
    public string? TypeName => _typeName ??= _type is null ? null : GraphQL.CodeFirst.NameConventions.GetTypeName(_type);
}

/// <summary><c>[ID&lt;Product&gt;]</c>: <see cref="IDAttribute"/> naming the type by its class, checked by the compiler and kept by renames.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class IDAttribute<T> : IDAttribute
{
    public IDAttribute() : base(typeof(T)) { }
}

/// <summary>
/// A C# interface or abstract class that becomes a GraphQL interface (spec §3.7); the registered
/// object types whose .NET types implement or derive from it implement it. A leading <c>I</c> before
/// an upper-case letter is dropped from the name (<c>IShippable</c> → <c>Shippable</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false)]
public sealed class InterfaceTypeAttribute : Attribute
{
    public InterfaceTypeAttribute(string? name = null) => Name = name;

    public string? Name { get; }
}

/// <summary>
/// A marker interface (or abstract class) that becomes a GraphQL union (spec §3.8) whose members are
/// the registered object types implementing it.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false)]
public sealed class UnionTypeAttribute : Attribute
{
    public UnionTypeAttribute(string? name = null) => Name = name;

    public string? Name { get; }
}

/// <summary>The input class becomes a OneOf input object (spec §3.10.1): exactly one field must be given.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class OneOfAttribute : Attribute
{
}
