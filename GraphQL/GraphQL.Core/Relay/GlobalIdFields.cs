using System.Collections;
using System.Reflection;
using GraphQL.CodeFirst;
using GraphQL.Conventions;
using GraphQL.Execution.Processing;
using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>
/// Global IDs on fields and arguments marked <c>[ID]</c> (the code-first builder records the
/// attribute in <c>Features</c>): output values are encoded with the type name, argument values
/// are decoded to the parameter's key type before the resolver reads them.
/// </summary>
internal static class GlobalIdFields
{
    /// <summary>Encodes the values of a field while the code-first builder still makes it (the <c>id</c> of a node).</summary>
    public static void EncodeAtBuild(ObjectFieldDescriptor field, string typeName)
    {
        field.Features[RelayFeatures.Encoded] = true;
        if (field.Resolver is { } resolver)
        {
            field.Resolver = async context => Encode(typeName, await resolver(context).ConfigureAwait(false));
        }
        else if (field.PureResolver is { } pure)
        {
            field.PureResolver = context => Encode(typeName, pure(context));
        }
        else
        {
            var name = field.Name;
            field.PureResolver = context => Encode(typeName, DefaultFieldResolver.Resolve(context.Parent, name));
        }
    }

    /// <summary>Encodes the values of an <c>[ID]</c> field of the built schema.</summary>
    public static void EncodeBuilt(FieldDefinition field, string typeName)
    {
        field.Features[RelayFeatures.Encoded] = true;
        if (field.Resolver is null && field.PureResolver is { } pure)
        {
            field.PureResolver = context => Encode(typeName, pure(context));
            return;
        }

        SchemaTransforms.Wrap(field, inner => async context => Encode(typeName, await inner(context).ConfigureAwait(false)));
    }

    public static object? Encode(string typeName, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string or int or long or Guid or short:
                return GlobalId.Encode(typeName, value);
            case IEnumerable items:
                var list = new List<object?>();
                foreach (var item in items) list.Add(Encode(typeName, item));
                return list;
            default:
                return GlobalId.Encode(typeName, value);
        }
    }

    /// <summary>
    /// Decodes the field's <c>[ID]</c> arguments before its resolver (and every middleware) runs; for
    /// a mutation in input/payload shape, the <c>[ID]</c> fields of its <c>input</c>.
    /// </summary>
    public static void DecodeArguments(FieldDefinition field)
    {
        var parameters = field.Features.TryGetValue(CodeFirstFeatures.Member, out var m) && m is MethodInfo method ? method.GetParameters() : Array.Empty<ParameterInfo>();
        var decoders = Decoders(field.Arguments, parameters);
        Decoder[] nested = Array.Empty<Decoder>();
        if (field.Features.ContainsKey(MutationConvention.AppliedFeature) && field.GetArgument("input")?.Type.GetNamedType() is InputObjectType input)
        {
            nested = Decoders(input.Fields, parameters);
        }

        if (decoders.Length == 0 && nested.Length == 0) return;
        SchemaTransforms.Wrap(field, inner => context =>
        {
            DecodeInto(context, decoders, nested);
            return inner(context);
        });

        // A subscription's source stream (spec §6.2.3.1 CreateSourceEventStream) reads the same arguments.
        if (field.SubscribeResolver is { } subscribe)
        {
            field.SubscribeResolver = context =>
            {
                DecodeInto(context, decoders, nested);
                return subscribe(context);
            };
        }
    }

    private static void DecodeInto(IResolverContext context, Decoder[] decoders, Decoder[] nested)
    {
        if (context is not FieldTask task) return;
        var arguments = Decode(task.Arguments, decoders);
        if (nested.Length > 0 && arguments.TryGetValue("input", out var value) && value is IReadOnlyDictionary<string, object?> fields)
        {
            arguments = new Dictionary<string, object?>(arguments, StringComparer.Ordinal) { ["input"] = Decode(fields, nested) };
        }

        task.Arguments = arguments;
    }

    private readonly record struct Decoder(string Name, string? TypeName, Type KeyType);

    private static Decoder[] Decoders(IEnumerable<InputValueDefinition> values, ParameterInfo[] parameters)
    {
        var decoders = new List<Decoder>();
        foreach (var value in values)
        {
            if (!value.Features.TryGetValue(CodeFirstFeatures.Id, out var a) || a is not IDAttribute id) continue;
            var parameter = parameters.FirstOrDefault(p => p.Name == value.RuntimeName);
            decoders.Add(new Decoder(value.Name, id.TypeName, parameter is null ? typeof(string) : ElementType(parameter.ParameterType)));
        }

        return decoders.ToArray();
    }

    private static IReadOnlyDictionary<string, object?> Decode(IReadOnlyDictionary<string, object?> arguments, Decoder[] table)
    {
        Dictionary<string, object?>? copy = null;
        foreach (var (name, typeName, keyType) in table)
        {
            if (!arguments.TryGetValue(name, out var value) || value is null) continue;
            copy ??= new Dictionary<string, object?>(arguments, StringComparer.Ordinal);
            copy[name] = value is string single ? DecodeOne(single, typeName, keyType) : DecodeList((IEnumerable)value, typeName, keyType);
        }

        return copy ?? arguments;
    }

    private static object DecodeList(IEnumerable values, string? typeName, Type keyType)
    {
        var list = new List<object?>();
        foreach (var value in values) list.Add(value is null ? null : DecodeOne(value.ToString()!, typeName, keyType));
        return list;
    }

    public static object DecodeOne(string id, string? expectedType, Type keyType)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key)) RelayThrow.Malformed(id);
        if (expectedType is not null && typeName != expectedType) RelayThrow.WrongType(id, expectedType);
        return GlobalId.ParseKey(key, keyType) ?? ThrowMalformed(id);
    }

    private static object ThrowMalformed(string id)
    {
        RelayThrow.Malformed(id);
        return null!;
    }

    private static Type ElementType(Type type)
    {
        if (type == typeof(string)) return type;
        if (type.IsArray) return type.GetElementType()!;
        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type)) return type.GetGenericArguments()[0];
        return type;
    }
}
