namespace GraphQL;

/// <summary>An object type's fields while the code-first builder makes them; see <see cref="ObjectTypeDescriptorAttribute"/>.</summary>
public sealed class ObjectTypeDescriptor
{
    internal ObjectTypeDescriptor(string name, Type? runtimeType)
    {
        Name = name;
        RuntimeType = runtimeType;
    }

    public string Name { get; }
    public Type? RuntimeType { get; }

    /// <summary>The fields in order: the type's own members, then those of its type extensions.</summary>
    public IList<ObjectFieldDescriptor> Fields { get; } = new List<ObjectFieldDescriptor>();

    public IDictionary<string, object?> Features { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
