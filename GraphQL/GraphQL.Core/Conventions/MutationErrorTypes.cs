using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace GraphQL.Conventions;

/// <summary>
/// The GraphQL side of declared mutation errors: <c>interface Error { message: String! }</c> and one
/// object type per exception (<c>OutOfStockException</c> → <c>OutOfStockError</c>) with the
/// exception's own public properties, getters compiled once.
/// </summary>
internal static class MutationErrorTypes
{
    private static readonly HashSet<string> s_exceptionMembers = new(StringComparer.Ordinal)
    {
        nameof(Exception.Data), nameof(Exception.HelpLink), nameof(Exception.HResult), nameof(Exception.InnerException),
        nameof(Exception.Message), nameof(Exception.Source), nameof(Exception.StackTrace), nameof(Exception.TargetSite),
    };

    public static string ErrorTypeName(Type exception)
    {
        var name = exception.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name.Substring(0, tick);
        if (name.EndsWith("Exception", StringComparison.Ordinal) && name.Length > "Exception".Length) name = name.Substring(0, name.Length - "Exception".Length);
        return name + "Error";
    }

    public static InterfaceType GetErrorInterface(IDescriptorContext context) => context.GetOrAddType("Error", () =>
    {
        var message = MessageField(context);
        return new InterfaceType("Error", () => new[] { message }, null, "A domain error a mutation reports as data.");
    });

    public static ObjectType GetErrorType(IDescriptorContext context, Type exception)
    {
        var errorInterface = GetErrorInterface(context);
        return context.GetOrAddType(ErrorTypeName(exception), () => new ObjectType(
            ErrorTypeName(exception),
            () => Fields(context, exception),
            () => new[] { errorInterface })
        {
            RuntimeType = exception,
        });
    }

    private static FieldDefinition MessageField(IDescriptorContext context) =>
        new("message", context.GetOutputType(typeof(string)).AsNonNull()) { PureResolver = static c => ((Exception)c.Parent!).Message };

    private static IEnumerable<FieldDefinition> Fields(IDescriptorContext context, Type exception)
    {
        var fields = new List<FieldDefinition> { MessageField(context) };
        var nullability = new NullabilityInfoContext();
        foreach (var property in exception.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (s_exceptionMembers.Contains(property.Name) || property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true }) continue;
            GraphQLType type = context.GetOutputType(property.PropertyType);
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (!property.PropertyType.IsValueType && nullability.Create(property).ReadState != NullabilityState.NotNull);
            if (!nullable) type = ((NamedType)type).AsNonNull();
            fields.Add(new FieldDefinition(context.GetMemberName(property), type) { PureResolver = CompileGetter(property) });
        }

        return fields;
    }

    private static PureFieldResolverDelegate CompileGetter(PropertyInfo property)
    {
        var parent = Expression.Parameter(typeof(object), "parent");
        var body = Expression.Convert(Expression.Property(Expression.Convert(parent, property.DeclaringType!), property), typeof(object));
        var getter = Expression.Lambda<Func<object, object?>>(body, parent).Compile();
        return context => getter(context.Parent!);
    }
}
