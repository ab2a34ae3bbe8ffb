using GraphQL.Execution.Coercion;
using GraphQL.Execution.Processing;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Planning;

/// <summary>
/// One entry of a collected field set: a response name, the merged field nodes, the field
/// definition, the coerced arguments when they hold no variables (computed once), and the
/// collected sub-fields per object type (spec §6.4.3 CollectSubfields), computed once each.
/// </summary>
internal sealed class FieldPlan
{
    private readonly OperationPlan _operation;
    private readonly ulong _mask;
    private readonly bool _argumentsHaveVariables;
    private readonly bool _hasArguments;
    private IReadOnlyDictionary<string, object?>? _staticArguments;
    private readonly ParentFieldResolverDelegate? _parentResolver;
    private ParentGetter? _getter;
    private (ObjectType Type, SelectionSetPlan Plan)[] _subSelections = Array.Empty<(ObjectType, SelectionSetPlan)>();

    public FieldPlan(
        OperationPlan operation,
        ulong mask,
        string responseName,
        FieldNode[] nodes,
        ObjectType parentType,
        FieldDefinition? field,
        FieldKind kind)
    {
        _operation = operation;
        _mask = mask;
        ResponseName = responseName;
        Nodes = nodes;
        ParentType = parentType;
        Field = field!;
        Kind = kind;
        _argumentsHaveVariables = ArgumentCoercion.HasVariables(nodes[0]);
        RunsInline = kind == FieldKind.TypeName || field!.PureResolver is not null || field.Resolver is null;
        if (kind != FieldKind.TypeName)
        {
            LeafScalar = field!.Type.Nullable as ScalarType;
            _parentResolver = field.ParentResolver;
            IsDefaultLeaf = LeafScalar is not null && field.Arguments.Count == 0
                && (_parentResolver is not null || (field.PureResolver is null && field.Resolver is null));
            IsPureLeaf = LeafScalar is not null && field.PureResolver is not null;
            _hasArguments = field.Arguments.Count > 0;
        }
    }

    /// <summary>The field's scalar type when it is a leaf of a scalar type (nullable or not): completed without the general CompleteValue.</summary>
    public ScalarType? LeafScalar { get; }

    /// <summary>
    /// A scalar field without arguments read from the parent alone, by the default resolver or by the field's
    /// <see cref="FieldDefinition.ParentResolver"/> (a property getter): the executor reads and serializes it
    /// without a resolver context (<see cref="ReadLeaf"/>), and falls back to the general path only for a null,
    /// an error or a subscription event.
    /// </summary>
    public bool IsDefaultLeaf { get; }

    /// <summary>
    /// A scalar field with a pure resolver: resolved and serialized with the runner's leaf context instead of a
    /// pooled <see cref="Processing.FieldTask"/>, since nothing completes under it.
    /// </summary>
    public bool IsPureLeaf { get; }

    /// <summary>
    /// True when the field resolves synchronously (pure, default or <c>__typename</c>): the executor runs it
    /// as soon as its parent completes, depth-first, instead of queueing it. Only fields with an
    /// asynchronous resolver go through the work queue (where DataLoader batching happens).
    /// </summary>
    public bool RunsInline { get; }

    /// <summary>
    /// The default resolver (spec §6.4.2) for this field: the parent's dictionary entry, or its member
    /// through a compiled getter cached here for the parent type last seen (one type in practice).
    /// </summary>
    public object? ResolveDefault(object? parent)
    {
        if (parent is null) return null;
        var type = parent.GetType();
        var getter = _getter;
        if (getter is null || getter.Type != type)
        {
            if (DefaultFieldResolver.IsMap(parent)) return DefaultFieldResolver.Resolve(parent, Field.Name);
            _getter = getter = new ParentGetter(type, DefaultFieldResolver.GetGetter(type, Field.Name));
        }

        return getter.Get?.Invoke(parent);
    }

    /// <summary>The value of an <see cref="IsDefaultLeaf"/> field on a non-null parent.</summary>
    public object? ReadLeaf(object parent) => _parentResolver is { } read ? read(parent) : ResolveDefault(parent);

    private sealed record ParentGetter(Type Type, Func<object, object?>? Get);

    public string ResponseName { get; }

    /// <summary>Every field node merged under this response name; the first one names the field.</summary>
    public FieldNode[] Nodes { get; }

    public FieldNode Node => Nodes[0];
    public ObjectType ParentType { get; }

    /// <summary>The field definition; for <see cref="FieldKind.TypeName"/> a synthetic one.</summary>
    public FieldDefinition Field { get; }

    public FieldKind Kind { get; }

    /// <summary>
    /// CoerceArgumentValues (spec §6.4.1). Literal-only arguments are coerced once and shared;
    /// throws <see cref="GraphQLException"/> with graphql-js's message when an argument is invalid.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables) =>
        _hasArguments ? CoerceArguments(variables) : ArgumentCoercion.Empty;

    private IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_argumentsHaveVariables) return ArgumentCoercion.CoerceArgumentValues(Field, Node, variables);
        return _staticArguments ??= ArgumentCoercion.CoerceArgumentValues(Field, Node, variables);
    }

    /// <summary>The collected sub-fields of this field for a value of <paramref name="type"/>.</summary>
    public SelectionSetPlan GetSubSelection(ObjectType type)
    {
        var cache = _subSelections;
        for (var i = 0; i < cache.Length; i++)
        {
            if (ReferenceEquals(cache[i].Type, type)) return cache[i].Plan;
        }

        var plan = FieldCollector.CollectSubfields(_operation, type, Nodes, _mask);
        lock (this)
        {
            var current = _subSelections;
            for (var i = 0; i < current.Length; i++)
            {
                if (ReferenceEquals(current[i].Type, type)) return current[i].Plan;
            }

            var next = new (ObjectType, SelectionSetPlan)[current.Length + 1];
            current.CopyTo(next, 0);
            next[^1] = (type, plan);
            _subSelections = next;
        }

        return plan;
    }
}
