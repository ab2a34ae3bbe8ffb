using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// Which scalar a .NET type maps to: the built-in bindings (<c>string</c> → <c>String</c>,
/// <c>Guid</c> → <c>UUID</c>, ...) overridden by <see cref="CodeFirstSchemaBuilder.BindScalar{TRuntime}"/>.
/// </summary>
internal sealed class ScalarBindings
{
    private readonly Dictionary<Type, ScalarType> _byRuntimeType = new();
    private readonly Dictionary<string, ScalarType> _byName = new(StringComparer.Ordinal);

    public ScalarBindings()
    {
        var s = BuiltInScalars.Instance;
        Bind(typeof(string), s.String);
        Bind(typeof(char), s.String);
        Bind(typeof(int), s.Int);
        Bind(typeof(short), s.Int);
        Bind(typeof(byte), s.Int);
        Bind(typeof(sbyte), s.Int);
        Bind(typeof(ushort), s.Int);
        Bind(typeof(long), s.Long);
        Bind(typeof(uint), s.Long);
        Bind(typeof(float), s.Float);
        Bind(typeof(double), s.Float);
        Bind(typeof(decimal), s.Decimal);
        Bind(typeof(bool), s.Boolean);
        Bind(typeof(Guid), s.Uuid);
        Bind(typeof(DateTimeOffset), s.DateTime);
        Bind(typeof(DateTime), s.DateTime);
        Bind(typeof(DateOnly), s.Date);
        Bind(typeof(Uri), s.Url);
        Bind(s.UploadRuntimeType, s.Upload);
        _byName[s.Id.Name] = s.Id;
    }

    public ScalarType Id => BuiltInScalars.Instance.Id;

    public void Bind(Type runtimeType, ScalarType scalar)
    {
        _byRuntimeType[runtimeType] = scalar;
        _byName[scalar.Name] = scalar;
    }

    public ScalarType? Find(Type runtimeType) => _byRuntimeType.TryGetValue(runtimeType, out var scalar) ? scalar : null;

    /// <summary>The bound scalar that is an instance of <paramref name="scalarClass"/> (e.g. <c>typeof(IdType)</c>).</summary>
    public ScalarType? FindByClass(Type scalarClass)
    {
        foreach (var scalar in _byName.Values)
        {
            if (scalar.GetType() == scalarClass) return scalar;
        }

        return null;
    }

    public ScalarType? FindByName(string name) => _byName.TryGetValue(name, out var scalar) ? scalar : null;
}
