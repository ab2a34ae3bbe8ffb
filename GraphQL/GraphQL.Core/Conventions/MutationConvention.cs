using GraphQL.CodeFirst;
using GraphQL.Execution.Processing;
using GraphQL.Types;

namespace GraphQL.Conventions;

/// <summary>
/// Rewrites one mutation field into Relay's input/payload shape (see
/// <see cref="UseMutationConventionAttribute"/>): the arguments move into <c>&lt;Field&gt;Input</c>,
/// the result into <c>&lt;Field&gt;Payload</c> beside <c>errors</c>; the middleware unpacks the
/// input into the arguments the resolver reads and packs the result or a declared exception.
/// </summary>
internal static class MutationConvention
{
    private const string ErrorsFeature = "GraphQL.Conventions.Errors";
    public const string AppliedFeature = "GraphQL.Conventions.MutationConvention";

    public static List<Type> DeclaredErrors(ObjectFieldDescriptor descriptor)
    {
        if (descriptor.Features.TryGetValue(ErrorsFeature, out var value) && value is List<Type> list) return list;
        var errors = new List<Type>();
        descriptor.Features[ErrorsFeature] = errors;
        return errors;
    }

    public static bool IsGloballyEnabled(IDescriptorContext context) =>
        context is SchemaBuildContext { ServiceLookup: { } lookup } && lookup.IsService(typeof(MutationConventionMarker));

    public static void Apply(IDescriptorContext context, ObjectFieldDescriptor descriptor)
    {
        if (descriptor.Features.ContainsKey(AppliedFeature)) return;
        descriptor.Features[AppliedFeature] = true;

        var errorTypes = new List<ObjectType>();
        foreach (var exception in DeclaredErrors(descriptor)) errorTypes.Add(MutationErrorTypes.GetErrorType(context, exception));

        var shape = Shape(descriptor.Name, descriptor.Arguments.ToArray(), descriptor.Type, errorTypes, context.GetOrAddType);
        descriptor.Arguments.Clear();
        if (shape.Input is not null) descriptor.Arguments.Add(shape.Input);
        descriptor.Type = shape.Payload.AsNonNull();
        var declared = DeclaredErrors(descriptor).ToArray();
        var afterAuthorization = descriptor.Features.TryGetValue(Authorization.AuthorizationMiddleware.CountFeature, out var count) ? (int)count! : 0;
        descriptor.Middleware.Insert(afterAuthorization, next => context2 => InvokeAsync(next, shape.HasInput, declared, context2));
    }

    /// <summary>The convention's types for a field (shared by the attribute and the global schema transform).</summary>
    public static (InputValueDefinition? Input, ObjectType Payload, bool HasInput) Shape(
        string fieldName,
        IReadOnlyList<InputValueDefinition> arguments,
        GraphQLType resultType,
        IReadOnlyList<ObjectType> errorTypes,
        Func<string, Func<NamedType>, NamedType> getOrAdd)
    {
        var pascal = char.ToUpperInvariant(fieldName[0]) + fieldName.Substring(1);
        InputValueDefinition? input = null;
        if (arguments.Count > 0)
        {
            var fields = arguments.ToArray();
            var inputType = getOrAdd(pascal + "Input", () => new InputObjectType(pascal + "Input", () => fields));
            input = new InputValueDefinition("input", inputType.AsNonNull());
        }

        var result = resultType is NonNullType nonNull ? nonNull.OfType : resultType;
        var resultName = result.GetNamedType().Name;
        var resultField = new FieldDefinition(char.ToLowerInvariant(resultName[0]) + resultName.Substring(1), result)
        {
            PureResolver = static c => ((MutationPayload)c.Parent!).Result,
        };

        var payloadFields = new List<FieldDefinition> { resultField };
        if (errorTypes.Count > 0)
        {
            var members = errorTypes.ToArray();
            var union = getOrAdd(pascal + "Error", () => new UnionType(pascal + "Error", () => members));
            payloadFields.Add(new FieldDefinition("errors", new ListType(union.AsNonNull()))
            {
                PureResolver = static c => ((MutationPayload)c.Parent!).Errors,
            });
        }

        var payload = (ObjectType)getOrAdd(pascal + "Payload", () => new ObjectType(pascal + "Payload", () => payloadFields));
        return (input, payload, input is not null);
    }

    public static async ValueTask<object?> InvokeAsync(FieldDelegate next, bool hasInput, Type[] errors, Types.IResolverContext context)
    {
        if (hasInput && context is FieldTask task && task.Arguments.TryGetValue("input", out var input))
        {
            task.Arguments = input as IReadOnlyDictionary<string, object?> ?? EmptyArguments;
        }

        try
        {
            return new MutationPayload(await next(context).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (IsDeclared(errors, ex))
        {
            return new MutationPayload(null, new[] { ex });
        }
    }

    private static bool IsDeclared(Type[] errors, Exception exception)
    {
        foreach (var type in errors)
        {
            if (type.IsInstanceOfType(exception)) return true;
        }

        return false;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();
}

/// <summary>Registered by <c>AddMutationConventions()</c>.</summary>
internal sealed class MutationConventionMarker
{
}
