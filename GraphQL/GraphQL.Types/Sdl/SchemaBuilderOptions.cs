using System;
using System.Collections.Generic;

namespace GraphQL.Types;

/// <summary>How <see cref="SchemaBuilder"/> turns SDL into an executable schema.</summary>
public sealed class SchemaBuilderOptions
{
    /// <summary>
    /// Implementations of custom scalars by name. A scalar declared in SDL and not listed here gets a
    /// <see cref="PassThroughScalarType"/> (or the toolkit's scalar, see <see cref="BindToolkitScalars"/>).
    /// </summary>
    public IDictionary<string, ScalarType> Scalars { get; } = new Dictionary<string, ScalarType>(StringComparer.Ordinal);

    /// <summary>
    /// When true (the default), SDL declarations of <c>DateTime</c>, <c>Date</c>, <c>Decimal</c>,
    /// <c>Long</c>, <c>UUID</c>, <c>URL</c> and <c>Upload</c> use the toolkit's implementations
    /// (<see cref="BuiltInScalars"/>), so a printed schema reads back with the same behaviour.
    /// </summary>
    public bool BindToolkitScalars { get; set; } = true;

    /// <summary>Asynchronous resolvers by type and field: <c>options.Resolvers["Query"]["hello"] = ...</c>.</summary>
    public ResolverMap<FieldResolverDelegate> Resolvers { get; } = new();

    /// <summary>Synchronous resolvers by type and field.</summary>
    public ResolverMap<PureFieldResolverDelegate> PureResolvers { get; } = new();

    /// <summary>Source stream resolvers of subscription fields by type and field.</summary>
    public ResolverMap<SubscribeResolverDelegate> SubscribeResolvers { get; } = new();

    /// <summary>Type resolvers of interfaces and unions by name.</summary>
    public IDictionary<string, ResolveTypeDelegate> TypeResolvers { get; } = new Dictionary<string, ResolveTypeDelegate>(StringComparer.Ordinal);

    /// <summary>Skips the type system validation of the built schema (not the SDL checks).</summary>
    public bool SkipValidation { get; set; }
}

/// <summary>Delegates by type name then field name; the inner map is created on first use.</summary>
public sealed class ResolverMap<TDelegate> where TDelegate : Delegate
{
    private readonly Dictionary<string, Dictionary<string, TDelegate>> _byType = new(StringComparer.Ordinal);

    public IDictionary<string, TDelegate> this[string typeName]
    {
        get
        {
            if (!_byType.TryGetValue(typeName, out var fields))
            {
                fields = new Dictionary<string, TDelegate>(StringComparer.Ordinal);
                _byType.Add(typeName, fields);
            }

            return fields;
        }
    }

    internal TDelegate? Get(string typeName, string fieldName) =>
        _byType.TryGetValue(typeName, out var fields) && fields.TryGetValue(fieldName, out var d) ? d : null;
}
