using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// A .NET class, struct or record used as an input (spec §3.10): its fields are the parameters of its
/// constructor (records) and its settable or init-only properties; its <see cref="InputObjectType.Factory"/>
/// is compiled once and builds an instance from the coerced field values, setting only the
/// properties that were given so initializers keep their defaults.
/// </summary>
internal static class InputObjectTypeFactory
{
    private static readonly MethodInfo s_tryGetValue = typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.TryGetValue))!;

    public static InputObjectType Create(SchemaBuildContext build, Type runtimeType)
    {
        var isOneOf = runtimeType.IsDefined(typeof(OneOfAttribute), false);
        InputObjectType type = null!;
        type = new InputObjectType(
            NameConventions.GetInputTypeName(runtimeType),
            () => BuildFields(build, type, runtimeType, isOneOf),
            build.GetDescription(runtimeType))
        {
            IsOneOf = isOneOf,
            RuntimeType = runtimeType,
        };

        return type;
    }

    private static IEnumerable<InputValueDefinition> BuildFields(SchemaBuildContext build, InputObjectType type, Type runtimeType, bool isOneOf)
    {
        var constructor = ChooseConstructor(runtimeType);
        var fields = new List<InputValueDefinition>();
        var constructorFields = new List<(ParameterInfo Parameter, string Name)>();
        var propertyFields = new List<(PropertyInfo Property, string Name)>();
        var covered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var parameter in constructor?.GetParameters() ?? Array.Empty<ParameterInfo>())
        {
            var property = runtimeType.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            var name = property is not null ? NameConventions.GetFieldName(property) : NameConventions.GetArgumentName(parameter);
            ICustomAttributeProvider attributes = property is not null && HasTypeOverride(property) ? property : parameter;
            var field = CreateField(build, type, name, parameter.ParameterType, build.Nullability.Create(parameter), attributes, isOneOf,
                property is not null ? build.GetDescription(property) : build.GetDescription(parameter),
                parameter.HasDefaultValue ? parameter.DefaultValue : null,
                property is not null ? SchemaBuildContext.GetDeprecationReason(property) : null,
                parameter.Name!);
            if (field is null) continue;
            fields.Add(field);
            constructorFields.Add((parameter, name));
            covered.Add(parameter.Name!);
        }

        foreach (var property in runtimeType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (covered.Contains(property.Name) || property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0) continue;
            if (property.IsDefined(typeof(GraphQLIgnoreAttribute), true)) continue;
            var name = NameConventions.GetFieldName(property);
            var field = CreateField(build, type, name, property.PropertyType, build.Nullability.Create(property), property, isOneOf,
                build.GetDescription(property), null, SchemaBuildContext.GetDeprecationReason(property), property.Name);
            if (field is null) continue;
            fields.Add(field);
            propertyFields.Add((property, name));
        }

        if (constructor is null && !runtimeType.IsValueType)
        {
            build.ReportError($"The input type \"{type.Name}\" cannot be created from \"{TypeShape.DisplayName(runtimeType)}\": it has no public constructor.");
            return fields;
        }

        type.Factory = CompileFactory(build, runtimeType, constructor, constructorFields, propertyFields);
        return fields;
    }

    private static InputValueDefinition? CreateField(
        SchemaBuildContext build, InputObjectType owner, string name, Type clrType, NullabilityInfo nullability, ICustomAttributeProvider attributes,
        bool isOneOf, string? description, object? defaultValue, string? deprecationReason, string runtimeName)
    {
        try
        {
            var shape = TypeShape.Describe(clrType, nullability, input: true);
            var type = TypeResolution.Resolve(build, attributes, shape, input: true);

            // Spec §3.10.1: every field of a OneOf input object is nullable and has no default.
            if (isOneOf) type = type.Nullable;
            var field = new InputValueDefinition(name, type, description)
            {
                DefaultValue = defaultValue is null || isOneOf ? null : LiteralWriter.Write(defaultValue, type),
                DeprecationReason = deprecationReason,
                RuntimeName = runtimeName,
            };

            if (attributes.GetCustomAttributes(typeof(IDAttribute), false).FirstOrDefault() is IDAttribute id) field.Features[CodeFirstFeatures.Id] = id;
            return field;
        }
        catch (TypeMappingException ex)
        {
            build.ReportError(
                $"The type \"{TypeShape.DisplayName(clrType)}\" of \"{owner.RuntimeType?.Name}.{runtimeName}\" cannot be mapped to a GraphQL input type: {ex.Message}");
            return null;
        }
    }

    private static bool HasTypeOverride(PropertyInfo property) =>
        property.IsDefined(typeof(GraphQLTypeAttribute), false) || property.IsDefined(typeof(IDAttribute), false);

    /// <summary>The public constructor with the most parameters that all match properties (records), else the parameterless one.</summary>
    private static ConstructorInfo? ChooseConstructor(Type type)
    {
        ConstructorInfo? best = null;
        foreach (var constructor in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
        {
            var parameters = constructor.GetParameters();
            if (best is not null && parameters.Length <= best.GetParameters().Length) continue;
            if (parameters.All(p => type.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not null)) best = constructor;
        }

        return best;
    }

    private static Func<IReadOnlyDictionary<string, object?>, object> CompileFactory(
        SchemaBuildContext build,
        Type runtimeType,
        ConstructorInfo? constructor,
        List<(ParameterInfo Parameter, string Name)> constructorFields,
        List<(PropertyInfo Property, string Name)> propertyFields)
    {
        var fields = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var instance = Expression.Variable(runtimeType, "instance");
        var value = Expression.Variable(typeof(object), "value");
        var body = new List<Expression>();

        Expression create;
        if (constructor is null)
        {
            create = Expression.New(runtimeType);
        }
        else
        {
            var parameters = constructor.GetParameters();
            var arguments = new Expression[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                var name = constructorFields.FirstOrDefault(f => f.Parameter == parameter).Name;
                Expression fallback = parameter.HasDefaultValue && parameter.DefaultValue is not null
                    ? Expression.Constant(parameter.DefaultValue, parameter.ParameterType)
                    : Expression.Default(parameter.ParameterType);
                arguments[i] = name is null
                    ? fallback
                    : Expression.Condition(
                        Expression.Call(fields, s_tryGetValue, Expression.Constant(name), value),
                        Convert(build, value, parameter.ParameterType),
                        fallback);
            }

            create = Expression.New(constructor, arguments);
        }

        body.Add(Expression.Assign(instance, create));
        foreach (var (property, name) in propertyFields)
        {
            body.Add(Expression.IfThen(
                Expression.Call(fields, s_tryGetValue, Expression.Constant(name), value),
                Expression.Assign(Expression.Property(instance, property), Convert(build, value, property.PropertyType))));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        var block = Expression.Block(new[] { instance, value }, body);
        return Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(block, runtimeType.Name + "Factory", new[] { fields }).Compile();
    }

    private static Expression Convert(SchemaBuildContext build, ParameterExpression value, Type target)
    {
        var method = typeof(InputValueConverter).GetMethod(nameof(InputValueConverter.Value))!.MakeGenericMethod(target);
        return Expression.Call(method, value, Expression.Constant(build.GetConverter(target), typeof(InputValueConverter)));
    }
}
