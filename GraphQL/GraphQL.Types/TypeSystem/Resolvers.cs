using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace GraphQL.Types;

/// <summary>Resolves a field's value (spec §6.4.2 ResolveFieldValue).</summary>
public delegate ValueTask<object?> FieldResolverDelegate(IResolverContext context);

/// <summary>Resolves a field's value synchronously; used for property getters and other pure reads.</summary>
public delegate object? PureFieldResolverDelegate(IResolverContext context);

/// <summary>
/// A pure resolver that reads nothing but the parent value (a property getter), so the executor can call it
/// without a resolver context; see <see cref="FieldDefinition.SetPureResolver"/>.
/// </summary>
public delegate object? ParentFieldResolverDelegate(object parent);

/// <summary>Creates the source event stream of a subscription field (spec §6.2.3.1).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolverDelegate(IResolverContext context);

/// <summary>Picks the object type of a value of an abstract type (spec §6.4.3 ResolveAbstractType).</summary>
public delegate ObjectType? ResolveTypeDelegate(IResolverContext context, object value);

/// <summary>Tells whether a runtime value belongs to an object type.</summary>
public delegate bool IsOfTypeDelegate(IResolverContext context, object value);

/// <summary>
/// What a resolver sees while its field executes. The executor (GraphQL.Core) implements it;
/// this interface lives beside the type system so that built-in resolvers (introspection) can be
/// written once for the server and the tools.
/// </summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The field node of the document (the first of the merged fields).</summary>
    GraphQL.Language.FieldNode Selection { get; }

    /// <summary>The value of the parent object (spec: objectValue).</summary>
    object? Parent { get; }

    /// <summary>
    /// The parent converted to <paramref name="type"/> when it is not already one (null stays null).
    /// Resolvers call <see cref="ResolverContextParentExtensions.GetParent{T}"/>, which only comes here
    /// for a conversion.
    /// </summary>
    object? GetParent(Type type);

    /// <summary>The coerced value of an argument (spec §6.4.1 CoerceArgumentValues).</summary>
    T ArgumentValue<T>(string name);

    /// <summary>Whether the argument was given explicitly (or through a default), as opposed to omitted.</summary>
    bool HasArgument(string name);

    /// <summary>The request's services (scoped to the request).</summary>
    IServiceProvider Services { get; }

    /// <summary>Signalled when the client goes away or the execution times out.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>State shared by every resolver of the request.</summary>
    IDictionary<string, object?> ContextData { get; }
}
