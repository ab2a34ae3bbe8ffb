using System.Reflection;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.CodeFirst;

/// <summary>
/// The state of one code-first schema build: which .NET type became which GraphQL type, who
/// contributes fields to which object type, and the errors found so far. Named types are created
/// as shells whose fields are thunks, so types may refer to each other in cycles.
/// </summary>
internal sealed partial class SchemaBuildContext : IDescriptorContext
{
    /// <summary>Stands for "no .NET type" when claiming a GraphQL name (root types, hand-made types).</summary>
    private static readonly Type s_noRuntimeType = typeof(void);

    private readonly Dictionary<string, NamedType> _typesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _runtimeTypeByName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, NamedType> _outputTypes = new();
    private readonly Dictionary<Type, NamedType> _inputTypes = new();
    private readonly Dictionary<string, List<FieldOwner>> _contributors = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, InputValueConverter> _converters = new();
    private readonly List<NamedType> _created = new();
    private readonly List<string> _errors = new();

    public SchemaBuildContext(ScalarBindings scalars, IServiceProviderIsService? serviceLookup)
    {
        Scalars = scalars;
        ServiceLookup = serviceLookup;
    }

    public ScalarBindings Scalars { get; }
    public IServiceProviderIsService? ServiceLookup { get; }
    public XmlDocumentation Documentation { get; } = new();

    /// <summary>Not thread-safe, like the build itself.</summary>
    public NullabilityInfoContext Nullability { get; } = new();

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Every named type created so far, in creation order (grows while fields are built).</summary>
    public IReadOnlyList<NamedType> Created => _created;

    public void ReportError(string message)
    {
        if (!_errors.Contains(message)) _errors.Add(message);
    }

    /// <summary>Adds the members of <paramref name="owner"/> to the object type it names.</summary>
    public void AddContributor(FieldOwner owner)
    {
        if (!_contributors.TryGetValue(owner.TypeName, out var list))
        {
            list = new List<FieldOwner>();
            _contributors.Add(owner.TypeName, list);
        }

        if (!list.Contains(owner)) list.Add(owner);
    }

    public IReadOnlyList<FieldOwner> GetContributors(string typeName) =>
        _contributors.TryGetValue(typeName, out var list) ? list : Array.Empty<FieldOwner>();

    public IEnumerable<string> ContributedTypeNames => _contributors.Keys;

    /// <summary>A root operation type made only of contributed fields, or null when nobody contributes.</summary>
    public ObjectType? GetRootType(string name)
    {
        if (_typesByName.TryGetValue(name, out var existing)) return existing as ObjectType;
        if (!_contributors.ContainsKey(name)) return null;
        return CreateObjectType(name, null);
    }

    public void AddType(NamedType type)
    {
        Claim(type.Name, type is ScalarType scalar ? scalar.GetType() : s_noRuntimeType);
        Register(type);
    }

    public NamedType? FindType(string name)
    {
        if (_typesByName.TryGetValue(name, out var type)) return type;
        if (Scalars.FindByName(name) is { } scalar)
        {
            Register(scalar);
            return scalar;
        }

        return null;
    }

    public T GetOrAddType<T>(string name, Func<T> create) where T : NamedType
    {
        if (_typesByName.TryGetValue(name, out var existing))
        {
            return existing as T ?? throw new TypeMappingException($"The GraphQL name \"{name}\" is already used by the {existing.Kind} type \"{existing.Name}\".");
        }

        var type = create();
        AddType(type);
        return type;
    }

    public string GetMemberName(MemberInfo member) => NameConventions.GetFieldName(member);

    public string GetTypeName(Type type) => NameConventions.GetTypeName(type);

    public NamedType GetOutputType(Type runtimeType)
    {
        if (_outputTypes.TryGetValue(runtimeType, out var existing)) return existing;
        if (Scalars.Find(runtimeType) is { } scalar) return Remember(_outputTypes, runtimeType, Register(scalar));
        Reject(runtimeType, input: false);

        NamedType type;
        if (runtimeType.IsEnum)
        {
            type = GetEnumType(runtimeType);
        }
        else if (runtimeType.IsDefined(typeof(UnionTypeAttribute), false))
        {
            type = CreateUnionType(runtimeType);
        }
        else if (runtimeType.IsDefined(typeof(InterfaceTypeAttribute), false))
        {
            type = CreateInterfaceType(runtimeType);
        }
        else if (runtimeType.IsInterface)
        {
            throw new TypeMappingException(
                $"the interface \"{TypeShape.DisplayName(runtimeType)}\" is not a GraphQL type; mark it [InterfaceType] or [UnionType], or return a class.");
        }
        else
        {
            type = CreateObjectType(NameConventions.GetTypeName(runtimeType), runtimeType);
        }

        return Remember(_outputTypes, runtimeType, type);
    }

    public NamedType GetInputType(Type runtimeType)
    {
        if (_inputTypes.TryGetValue(runtimeType, out var existing)) return existing;
        if (Scalars.Find(runtimeType) is { } scalar) return Remember(_inputTypes, runtimeType, Register(scalar));
        Reject(runtimeType, input: true);
        if (runtimeType.IsEnum) return Remember(_inputTypes, runtimeType, GetEnumType(runtimeType));
        if (runtimeType.IsInterface || runtimeType.IsAbstract)
        {
            throw new TypeMappingException(
                $"\"{TypeShape.DisplayName(runtimeType)}\" is abstract, and an input object needs a concrete class to create.");
        }

        var type = InputObjectTypeFactory.Create(this, runtimeType);
        Claim(type.Name, runtimeType);
        Remember(_inputTypes, runtimeType, type);
        Register(type);
        return type;
    }

    /// <summary>The converter from coerced input values to <paramref name="runtimeType"/>.</summary>
    public InputValueConverter GetConverter(Type runtimeType)
    {
        if (_converters.TryGetValue(runtimeType, out var existing)) return existing;
        InputValueConverter converter;
        var underlying = Nullable.GetUnderlyingType(runtimeType) ?? runtimeType;
        if (TypeShape.GetListElementType(underlying) is { } element)
        {
            var converterType = typeof(ListValueConverter<>).MakeGenericType(element);
            converter = (InputValueConverter)Activator.CreateInstance(converterType, underlying, GetConverter(element))!;
        }
        else if (underlying.IsEnum && Scalars.Find(underlying) is null)
        {
            converter = new EnumValueConverter(underlying, GetEnumType(underlying));
        }
        else if (Scalars.Find(underlying) is null && GetInputType(underlying) is InputObjectType input)
        {
            converter = new InputObjectValueConverter(underlying, input);
        }
        else
        {
            converter = new ScalarValueConverter(underlying);
        }

        _converters[runtimeType] = converter;
        return converter;
    }

    private EnumType GetEnumType(Type runtimeType)
    {
        if (_outputTypes.TryGetValue(runtimeType, out var o) && o is EnumType known) return known;
        if (_inputTypes.TryGetValue(runtimeType, out var i) && i is EnumType knownInput) return knownInput;
        var type = EnumTypeFactory.Create(this, runtimeType);
        Claim(type.Name, runtimeType);
        Register(type);
        _outputTypes[runtimeType] = type;
        _inputTypes[runtimeType] = type;
        return type;
    }

    /// <summary>Types that describe no data: reported with the reason, completed by the caller with the member.</summary>
    private void Reject(Type type, bool input)
    {
        var name = TypeShape.DisplayName(type);
        if (type.IsGenericParameter || type.ContainsGenericParameters) throw new TypeMappingException($"the generic type \"{name}\" is open; GraphQL types must be closed.");
        if (type == typeof(object)) throw new TypeMappingException("\"Object\" says nothing about the value's shape; declare a concrete type.");
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask)) throw new TypeMappingException("the member returns no value.");
        if (type.IsPointer || type.IsByRef || typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type))
        {
            throw new TypeMappingException($"\"{name}\" is not a data type.");
        }

        if (type.IsPrimitive || type.IsValueType && type.Namespace == "System" && !type.IsEnum)
        {
            var bind = "BindScalar<" + name + ">(...)";
            throw new TypeMappingException($"no scalar is bound to \"{name}\"; bind one with {bind}.");
        }

        if (TypeShape.GetListElementType(type) is null && IsDictionary(type))
        {
            throw new TypeMappingException($"\"{name}\" is a dictionary, which has no GraphQL {(input ? "input" : "output")} type; declare a class with properties.");
        }
    }

    private static bool IsDictionary(Type type)
    {
        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && (candidate.GetGenericTypeDefinition() == typeof(IDictionary<,>) || candidate.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))) return true;
        }

        return type == typeof(System.Collections.IDictionary) || typeof(System.Collections.IDictionary).IsAssignableFrom(type);
    }

    private static NamedType Remember(Dictionary<Type, NamedType> map, Type runtimeType, NamedType type)
    {
        map[runtimeType] = type;
        return type;
    }

    private NamedType Register(NamedType type)
    {
        if (_typesByName.TryGetValue(type.Name, out var existing))
        {
            if (ReferenceEquals(existing, type)) return type;
            throw new TypeMappingException(
                $"the GraphQL name \"{type.Name}\" is used by two types, {Describe(existing)} and {Describe(type)}; rename one with [GraphQLName].");
        }

        _typesByName.Add(type.Name, type);
        _created.Add(type);
        return type;
    }

    private static string Describe(NamedType type) =>
        "the " + type.Kind.ToString().ToLowerInvariant() + (RuntimeTypeOf(type) is { } runtime ? " made from \"" + TypeShape.DisplayName(runtime) + "\"" : string.Empty);

    private static Type? RuntimeTypeOf(NamedType type) => type switch
    {
        ObjectType o => o.RuntimeType,
        InterfaceType i => i.RuntimeType,
        UnionType u => u.RuntimeType,
        EnumType e => e.RuntimeType,
        InputObjectType input => input.RuntimeType,
        _ => null,
    };

    /// <summary>Two .NET types must not map to one GraphQL name (spec §3.3 "uniquely named types").</summary>
    private void Claim(string name, Type runtimeType)
    {
        if (_runtimeTypeByName.TryGetValue(name, out var existing))
        {
            if (existing == runtimeType) return;
            throw new TypeMappingException(existing == s_noRuntimeType || runtimeType == s_noRuntimeType
                ? $"the GraphQL name \"{name}\" is already taken by another type; rename one with [GraphQLName]."
                : $"the .NET types \"{existing.FullName}\" and \"{runtimeType.FullName}\" both map to the GraphQL name \"{name}\"; rename one with [GraphQLName].");
        }

        _runtimeTypeByName.Add(name, runtimeType);
    }
}
