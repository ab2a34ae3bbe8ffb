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
}

/// <summary>
/// The seam for attributes on a class that shape its object type as a whole (e.g. authorization of
/// every field, Relay's <c>Node</c>): called once every field has been configured.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = true)]
public abstract class ObjectTypeDescriptorAttribute : Attribute
{
    public int Order { get; set; }

    /// <summary>Rewrites the fields of the type before they are frozen.</summary>
    public abstract void OnConfigure(IDescriptorContext context, ObjectTypeDescriptor descriptor, Type type);
}
