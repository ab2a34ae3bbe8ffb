using System.Reflection;

namespace GraphQL;

/// <summary>
/// The seam for attributes that shape a field beyond what the .NET member says (paging, filtering,
/// sorting, projection, authorization, error unions): the builder calls <see cref="OnConfigure"/>
/// after inferring name, type, arguments and resolver, and before freezing the field. Attributes
/// run in the order they are written on the member, then by <see cref="Order"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class ObjectFieldDescriptorAttribute : Attribute
{
    /// <summary>Lower runs first; ties keep declaration order.</summary>
    public int Order { get; set; }

    /// <summary>Rewrites the field: its <see cref="ObjectFieldDescriptor.Type"/>, arguments, middleware, features.</summary>
    public abstract void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member);

    /// <summary>
    /// Called when the attribute is written on a class (its usage allows it, as <c>[Authorize]</c>'s
    /// does): once for the object type the class makes or contributes to, after every field is
    /// configured, so that a class-level use is checked at build time like a member-level one.
    /// </summary>
    public virtual void OnConfigureType(IDescriptorContext context, ObjectTypeDescriptor descriptor, Type type)
    {
    }
}

/// <summary>
/// The seam for attributes on a class that shape its object type as a whole (e.g. authorization of
/// every field, Relay's <c>Node</c>): called once every field has been configured, for the type's
/// own class and for each class contributing to it (<c>[ExtendObjectType]</c>, <c>[QueryType]</c>),
/// with that class as <c>type</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = true)]
public abstract class ObjectTypeDescriptorAttribute : Attribute
{
    public int Order { get; set; }

    /// <summary>Rewrites the fields of the type before they are frozen.</summary>
    public abstract void OnConfigure(IDescriptorContext context, ObjectTypeDescriptor descriptor, Type type);
}
