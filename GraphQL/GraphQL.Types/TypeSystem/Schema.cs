using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// A complete, immutable schema (spec §3.3): root operation types, every named type reachable from
/// them or listed explicitly, and the directives. Built from SDL or by the
/// code-first builder of GraphQL.Core; construction forces all type thunks, collects the types,
/// and validates the type system rules, throwing <see cref="SchemaException"/> with every problem.
/// </summary>
public sealed partial class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes;
    private readonly Dictionary<string, HashSet<string>> _subTypes;

    public Schema(SchemaOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        QueryType = options.Query ?? throw new SchemaException("Query root type must be provided.");
        MutationType = options.Mutation;
        SubscriptionType = options.Subscription;
        Description = options.Description;
        SchemaDirectives = options.Directives ?? Array.Empty<DirectiveNode>();
        SyntaxNode = options.SyntaxNode;

        _directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in options.DirectiveDefinitions ?? Array.Empty<DirectiveDefinition>())
        {
            if (_directives.ContainsKey(directive.Name))
            {
                throw new SchemaException($"Directive \"@{directive.Name}\" can only be defined once.");
            }

            _directives.Add(directive.Name, directive);
        }

        // Every schema has the built-in directives (spec §3.13); a schema may redefine one by name.
        foreach (var builtIn in BuiltInDirectives.All)
        {
            if (!_directives.ContainsKey(builtIn.Name)) _directives.Add(builtIn.Name, builtIn);
        }

        _types = TypeCollector.Collect(this, options.Types ?? Array.Empty<NamedType>(), _directives.Values);
        (_possibleTypes, _subTypes) = TypeCollector.MapPossibleTypes(_types.Values);
        Types = new List<NamedType>(_types.Values);
        Directives = new List<DirectiveDefinition>(_directives.Values);

        if (!options.SkipValidation) SchemaValidator.ThrowIfInvalid(this);
    }

    public string? Description { get; }
    public ObjectType QueryType { get; }
    public ObjectType? MutationType { get; }
    public ObjectType? SubscriptionType { get; }

    /// <summary>Directives applied to the schema itself.</summary>
    public IReadOnlyList<DirectiveNode> SchemaDirectives { get; }

    public SchemaDefinitionNode? SyntaxNode { get; }

    /// <summary>Every named type, built-in ones included, in the order they were collected.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Free-form data for the layers above.</summary>
    public IDictionary<string, object?> Features { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The root type of an operation, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    public NamedType? GetType(string name) => _types.TryGetValue(name, out var t) ? t : null;

    public bool TryGetType<T>(string name, out T type) where T : NamedType
    {
        if (_types.TryGetValue(name, out var t) && t is T typed)
        {
            type = typed;
            return true;
        }

        type = null!;
        return false;
    }

    public DirectiveDefinition? GetDirective(string name) => _directives.TryGetValue(name, out var d) ? d : null;

    /// <summary>The object types that a value of an abstract type can be (spec §3.7, §3.8).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        ObjectType o => new[] { o },
        _ => _possibleTypes.TryGetValue(abstractType.Name, out var list) ? list : Array.Empty<ObjectType>(),
    };

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or implements the interface
    /// (directly or through another interface) — spec "IsSubType" used by validation §5.5.2.3.
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType.Name, out var set) && set.Contains(maybeSubType.Name);

    /// <summary>True when the two types have at least one possible object type in common (spec §5.5.2.3).</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var t in GetPossibleTypes(b))
                {
                    if (IsSubType(a, t)) return true;
                }

                return false;
            }

            return IsSubType(a, b);
        }

        return b.IsAbstractType && IsSubType(b, a);
    }
}

/// <summary>What a schema is made of; see <see cref="Schema"/>.</summary>
public sealed class SchemaOptions
{
    public ObjectType? Query { get; set; }
    public ObjectType? Mutation { get; set; }
    public ObjectType? Subscription { get; set; }
    public string? Description { get; set; }
    public IReadOnlyList<DirectiveNode>? Directives { get; set; }
    public SchemaDefinitionNode? SyntaxNode { get; set; }

    /// <summary>Types to include even when no field refers to them (e.g. interface implementations).</summary>
    public IReadOnlyList<NamedType>? Types { get; set; }

    /// <summary>Directive definitions; the built-in ones are added when missing.</summary>
    public IReadOnlyList<DirectiveDefinition>? DirectiveDefinitions { get; set; }

    /// <summary>Skip the type system validation (tools that already validated, tests of invalid schemas).</summary>
    public bool SkipValidation { get; set; }
}
