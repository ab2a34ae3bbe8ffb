using System.Collections.Concurrent;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// Resolves the object type of a value of an interface or union (spec §6.4.3 ResolveAbstractType)
/// from the value's .NET type: the possible type with that runtime type, else the nearest base
/// class that is one. The answer is cached per .NET type, so a value costs one dictionary lookup.
/// </summary>
internal sealed class AbstractTypeResolver
{
    private readonly NamedType _abstractType;
    private readonly ConcurrentDictionary<Type, ObjectType?> _cache = new();

    public AbstractTypeResolver(NamedType abstractType) => _abstractType = abstractType;

    public ObjectType? Resolve(IResolverContext context, object value)
    {
        var runtimeType = value.GetType();
        if (_cache.TryGetValue(runtimeType, out var cached)) return cached;
        var found = Find(context.Schema, runtimeType);
        _cache.TryAdd(runtimeType, found);
        return found;
    }

    private ObjectType? Find(Schema schema, Type runtimeType)
    {
        var possible = schema.GetPossibleTypes(_abstractType);
        for (var type = runtimeType; type is not null; type = type.BaseType)
        {
            for (var i = 0; i < possible.Count; i++)
            {
                if (possible[i].RuntimeType == type) return possible[i];
            }
        }

        return null;
    }
}
