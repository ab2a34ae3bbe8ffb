using GraphQL.Language;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.CodeFirst;

/// <summary>A resolver context for calling compiled resolvers without an executor.</summary>
internal sealed class FakeResolverContext : IResolverContext
{
    public FakeResolverContext(Schema schema, string typeName, string fieldName)
    {
        Schema = schema;
        ObjectType = (ObjectType)schema.GetType(typeName)!;
        Field = ObjectType.Fields[fieldName] ?? throw new ArgumentException($"No field {typeName}.{fieldName}.");
    }

    public Schema Schema { get; }
    public ObjectType ObjectType { get; }
    public FieldDefinition Field { get; }
    public FieldNode Selection => throw new NotSupportedException();
    public object? Parent { get; set; }
    public Dictionary<string, object?> Arguments { get; } = new();
    public IServiceProvider Services { get; set; } = new ServiceCollection().BuildServiceProvider();
    public CancellationToken RequestAborted { get; set; }
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public object? GetParent(Type type) => Parent;

    public T ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out var value) ? (T)value! : default!;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>Runs the field's resolver the way the executor would.</summary>
    public async Task<object?> ResolveAsync()
    {
        if (Field.PureResolver is { } pure) return pure(this);
        if (Field.Resolver is { } resolver) return await resolver(this);
        throw new InvalidOperationException("The field has no resolver.");
    }
}
