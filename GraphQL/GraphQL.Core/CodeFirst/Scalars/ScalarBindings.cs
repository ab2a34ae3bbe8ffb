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
        Bind(typeof(string), BuiltInScalars.String);
        Bind(typeof(char), BuiltInScalars.String);
        Bind(typeof(int), BuiltInScalars.Int);
        Bind(typeof(short), BuiltInScalars.Int);
        Bind(typeof(byte), BuiltInScalars.Int);
        Bind(typeof(sbyte), BuiltInScalars.Int);
        Bind(typeof(ushort), BuiltInScalars.Int);
        Bind(typeof(long), BuiltInScalars.Long);
        Bind(typeof(uint), BuiltInScalars.Long);
        Bind(typeof(float), BuiltInScalars.Float);
        Bind(typeof(double), BuiltInScalars.Float);
        Bind(typeof(decimal), BuiltInScalars.Decimal);
        Bind(typeof(bool), BuiltInScalars.Boolean);
        Bind(typeof(Guid), BuiltInScalars.Uuid);
        Bind(typeof(DateTimeOffset), BuiltInScalars.DateTime);
        Bind(typeof(DateTime), BuiltInScalars.DateTime);
        Bind(typeof(DateOnly), BuiltInScalars.Date);
        Bind(typeof(Uri), BuiltInScalars.Url);
        Bind(typeof(IUploadedFile), BuiltInScalars.Upload);
        _byName[BuiltInScalars.ID.Name] = BuiltInScalars.ID;
    }

    public ScalarType Id => BuiltInScalars.ID;

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
