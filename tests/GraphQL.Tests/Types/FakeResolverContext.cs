using System;
using System.Collections.Generic;
using System.Threading;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>Just enough of a resolver context to call pure resolvers directly.</summary>
internal sealed class FakeResolverContext : IResolverContext
{
    private readonly Dictionary<string, object?> _arguments;

    public FakeResolverContext(Schema schema, object? parent, Dictionary<string, object?>? arguments = null, ObjectType? objectType = null)
    {
        Schema = schema;
        Parent = parent;
        ObjectType = objectType ?? schema.QueryType;
        _arguments = arguments ?? new Dictionary<string, object?>();
    }

    public Schema Schema { get; }
    public ObjectType ObjectType { get; }
    public FieldDefinition Field => throw new NotSupportedException();
    public FieldNode Selection => throw new NotSupportedException();
    public object? Parent { get; }
    public object? GetParent(Type type) => Parent;
    public T ArgumentValue<T>(string name) => _arguments.TryGetValue(name, out var v) ? (T)v! : default!;
    public bool HasArgument(string name) => _arguments.ContainsKey(name);
    public IServiceProvider Services => throw new NotSupportedException();
    public CancellationToken RequestAborted => CancellationToken.None;
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();
}
