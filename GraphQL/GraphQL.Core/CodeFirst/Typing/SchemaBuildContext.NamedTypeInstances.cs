using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary><c>[GraphQLType(typeof(SomeScalarType))]</c>: one instance per GraphQL type class.</summary>
internal sealed partial class SchemaBuildContext
{
    private readonly Dictionary<Type, NamedType> _instancesByClass = new();

    public NamedType GetNamedTypeInstance(Type namedTypeClass)
    {
        if (_instancesByClass.TryGetValue(namedTypeClass, out var existing)) return existing;
        foreach (var type in _typesByName.Values)
        {
            if (type.GetType() == namedTypeClass) return _instancesByClass[namedTypeClass] = type;
        }

        if (Scalars.FindByClass(namedTypeClass) is { } bound)
        {
            Register(bound);
            return _instancesByClass[namedTypeClass] = bound;
        }

        if (namedTypeClass.IsAbstract || namedTypeClass.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new TypeMappingException($"\"{namedTypeClass.Name}\" cannot be created: it needs a public parameterless constructor, or register an instance with AddType.");
        }

        var instance = (NamedType)Activator.CreateInstance(namedTypeClass)!;
        AddType(instance);
        return _instancesByClass[namedTypeClass] = instance;
    }
}
