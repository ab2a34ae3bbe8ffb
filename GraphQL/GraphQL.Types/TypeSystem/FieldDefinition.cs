using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// A field of an object or interface type (spec §3.6): its arguments, its type, and how it is
/// resolved. Exactly one of <see cref="Resolver"/> and <see cref="PureResolver"/> is used by the
/// executor; a pure resolver (e.g. a property getter) runs synchronously without a task.
/// </summary>
public sealed class FieldDefinition
{
    public FieldDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Description = description;
    }

    public string Name { get; }
    public GraphQLType Type { get; }
    public string? Description { get; init; }
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = Array.Empty<InputValueDefinition>();

    /// <summary>The reason from <c>@deprecated</c> (spec §3.13.3), or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    public FieldDefinitionNode? SyntaxNode { get; init; }

    /// <summary>Asynchronous resolver; when both are null the executor reads the parent by name.</summary>
    public FieldResolverDelegate? Resolver
    {
        get => _resolver;
        set
        {
            _resolver = value;
            ParentResolver = null;
        }
    }

    /// <summary>Synchronous resolver that needs nothing but the context (no I/O).</summary>
    public PureFieldResolverDelegate? PureResolver
    {
        get => _pureResolver;
        set
        {
            _pureResolver = value;
            ParentResolver = null;
        }
    }

    /// <summary>
    /// The <see cref="PureResolver"/> as a function of the parent value alone, when it is one (a property
    /// getter): the executor reads scalar fields through it without setting up a resolver context. Assigning
    /// <see cref="Resolver"/> or <see cref="PureResolver"/> clears it, so a transform that wraps the resolver is
    /// never bypassed.
    /// </summary>
    public ParentFieldResolverDelegate? ParentResolver { get; private set; }

    private FieldResolverDelegate? _resolver;
    private PureFieldResolverDelegate? _pureResolver;

    /// <summary>Sets a pure resolver that reads only the parent, and the same read as <paramref name="fromParent"/>.</summary>
    public void SetPureResolver(PureFieldResolverDelegate pure, ParentFieldResolverDelegate fromParent)
    {
        PureResolver = pure ?? throw new ArgumentNullException(nameof(pure));
        ParentResolver = fromParent ?? throw new ArgumentNullException(nameof(fromParent));
    }

    /// <summary>Source stream of a subscription root field (spec §6.2.3.1 CreateSourceEventStream).</summary>
    public SubscribeResolverDelegate? SubscribeResolver { get; set; }

    /// <summary>Free-form data for the layers above (middleware, cost, authorization, ...).</summary>
    public IDictionary<string, object?> Features { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        var args = Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            if (string.Equals(args[i].Name, name, StringComparison.Ordinal)) return args[i];
        }

        return null;
    }

    public override string ToString() => Name + ": " + Type;
}

/// <summary>
/// An argument, an input object field or a directive argument (spec §3.6.1, §3.10).
/// A default value is kept both as the literal (for SDL and introspection) and coerced.
/// </summary>
public sealed class InputValueDefinition
{
    public InputValueDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Description = description;
    }

    public string Name { get; }
    public GraphQLType Type { get; }
    public string? Description { get; init; }

    /// <summary>The default value as written (a constant literal), or null when there is none.</summary>
    public ValueNode? DefaultValue { get; init; }

    public bool HasDefaultValue => DefaultValue is not null;

    private object? _coercedDefault;
    private bool _hasCoercedDefault;

    /// <summary>
    /// The default value coerced to its runtime value (spec §6.4.1 step "defaultValue"), computed on
    /// first use and shared afterwards; null when there is no default. Throws
    /// <see cref="CoercionException"/> when the default does not fit the type.
    /// </summary>
    public object? CoercedDefaultValue
    {
        get
        {
            if (_hasCoercedDefault) return _coercedDefault;
            if (DefaultValue is null) return null;
            _coercedDefault = ValueCoercion.CoerceInputLiteral(DefaultValue, Type);
            _hasCoercedDefault = true;
            return _coercedDefault;
        }
    }
    public string? DeprecationReason { get; init; }
    public bool IsDeprecated => DeprecationReason is not null;
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    public InputValueDefinitionNode? SyntaxNode { get; init; }

    /// <summary>The .NET property or parameter this value binds to (code-first), if any.</summary>
    public string? RuntimeName { get; init; }

    public IDictionary<string, object?> Features { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public override string ToString() => Name + ": " + Type;
}
