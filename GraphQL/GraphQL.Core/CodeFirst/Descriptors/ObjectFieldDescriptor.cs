using System.Reflection;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL;

/// <summary>
/// A field of an object type while the code-first builder makes it: what was inferred from the .NET
/// member, open to <see cref="ObjectFieldDescriptorAttribute"/>s that rewrite its type, add
/// arguments and wrap its resolver before it is frozen into a <see cref="FieldDefinition"/>.
/// </summary>
public sealed class ObjectFieldDescriptor
{
    internal ObjectFieldDescriptor(string name, GraphQLType type, MemberInfo? member, Type? resultType)
    {
        Name = name;
        Type = type;
        Member = member;
        ResultType = resultType;
    }

    /// <summary>The .NET property or method the field comes from, or null for a field added by hand.</summary>
    public MemberInfo? Member { get; }

    /// <summary>
    /// The .NET type of the field's value as the pipeline built so far produces it: the resolver's
    /// result with tasks unwrapped (<c>IQueryable&lt;Product&gt;</c> for <c>Task&lt;IQueryable&lt;Product&gt;&gt;</c>),
    /// which is what a new middleware receives from <c>next</c>. Middleware that changes the value's
    /// shape sets it to what it returns (paging: the connection), so that a final queryable is read
    /// asynchronously only when it really is the field's value.
    /// </summary>
    public Type? ResultType { get; set; }

    public string Name { get; set; }

    /// <summary>The field's output type; middleware that changes the value's shape changes it too.</summary>
    public GraphQLType Type { get; set; }

    public string? Description { get; set; }
    public string? DeprecationReason { get; set; }

    /// <summary>The field's arguments: those bound to resolver parameters first, then any added.</summary>
    public IList<InputValueDefinition> Arguments { get; } = new List<InputValueDefinition>();

    public IList<DirectiveNode> Directives { get; } = new List<DirectiveNode>();

    /// <summary>
    /// Middleware around the resolver; the first added is the outermost, so attributes apply in the
    /// order they are written (<c>[UsePaging, UseFiltering]</c>: paging wraps filtering).
    /// </summary>
    public IList<FieldMiddleware> Middleware { get; } = new List<FieldMiddleware>();

    /// <summary>The compiled resolver (innermost step), or null when the executor reads the parent by name.</summary>
    public FieldDelegate? Resolver { get; set; }

    /// <summary>
    /// A synchronous resolver used when there is no middleware (property getters): the executor calls
    /// it without a task.
    /// </summary>
    public PureFieldResolverDelegate? PureResolver
    {
        get => _pureResolver;
        set
        {
            _pureResolver = value;
            _parentResolver = null;
        }
    }

    private PureFieldResolverDelegate? _pureResolver;

    // The same read as a function of the parent alone (property getters of the type's own class); dropped when
    // something replaces the pure resolver.
    private ParentFieldResolverDelegate? _parentResolver;

    /// <summary>A property getter: the pure resolver and the same read from the parent alone.</summary>
    internal void SetPureResolver(ParentFieldResolverDelegate fromParent)
    {
        PureResolver = context => fromParent(context.Parent!);
        _parentResolver = fromParent;
    }

    public SubscribeResolverDelegate? SubscribeResolver { get; set; }

    /// <summary>Copied to <see cref="FieldDefinition.Features"/>.</summary>
    public IDictionary<string, object?> Features { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// Freezes the descriptor: composes the middleware around the resolver, and reads a final
    /// <see cref="IQueryable{T}"/> asynchronously when its provider can.
    /// </summary>
    internal FieldDefinition ToDefinition()
    {
        var field = new FieldDefinition(Name, Type, Description)
        {
            Arguments = Arguments.ToArray(),
            DeprecationReason = DeprecationReason,
            Directives = Directives.ToArray(),
            SubscribeResolver = SubscribeResolver,
        };

        foreach (var pair in Features) field.Features[pair.Key] = pair.Value;

        var innermost = Resolver ?? FromPure(PureResolver) ?? ReadParentByName(Name);
        if (Middleware.Count == 0 && GraphQL.CodeFirst.ResultAdapters.MaterializeQueryable(ResultType, innermost) is { } materialize)
        {
            field.Resolver = new FieldResolverDelegate(materialize);
            return field;
        }

        if (Middleware.Count == 0)
        {
            if (PureResolver is not null)
            {
                if (_parentResolver is not null) field.SetPureResolver(PureResolver, _parentResolver);
                else field.PureResolver = PureResolver;
            }
            else if (Resolver is not null)
            {
                field.Resolver = new FieldResolverDelegate(Resolver);
            }

            return field;
        }

        var pipeline = innermost;
        for (var i = Middleware.Count - 1; i >= 0; i--) pipeline = Middleware[i](pipeline);

        // Middleware that turns the queryable into something else (a connection) sets ResultType.
        field.Resolver = new FieldResolverDelegate(GraphQL.CodeFirst.ResultAdapters.MaterializeQueryable(ResultType, pipeline) ?? pipeline);
        return field;
    }

    private static FieldDelegate? FromPure(PureFieldResolverDelegate? pure) =>
        pure is null ? null : context => new ValueTask<object?>(pure(context));

    private static FieldDelegate ReadParentByName(string name) =>
        context => new ValueTask<object?>(context.Parent is IReadOnlyDictionary<string, object?> map && map.TryGetValue(name, out var v) ? v : null);
}
