using System.Reflection;
using System.Text;

namespace GraphQL.CodeFirst;

/// <summary>
/// The naming conventions .NET GraphQL users know from Hot Chocolate: fields and arguments in
/// camelCase with <c>Get</c>/<c>Async</c> stripped from methods, enum values in UPPER_SNAKE_CASE,
/// input types suffixed <c>Input</c>. <see cref="GraphQLNameAttribute"/> always wins.
/// </summary>
internal static class NameConventions
{
    public static string GetFieldName(MemberInfo member)
    {
        if ((member.GetCustomAttribute<GraphQLNameAttribute>() ?? ImplementedMemberAttributes.Find<GraphQLNameAttribute>(member)) is { } named) return named.Name;
        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3])) name = name.Substring(3);
            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal)) name = name.Substring(0, name.Length - 5);
        }

        return ToCamelCase(name);
    }

    public static string GetArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? ToCamelCase(parameter.Name ?? "arg" + parameter.Position);

    /// <summary>Object, enum and scalar names: the class name (generic arguments appended: <c>EdgeOfProduct</c>).</summary>
    public static string GetTypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>(false) is { } named) return named.Name;
        if (type.GetCustomAttribute<InterfaceTypeAttribute>(false) is { Name: { } interfaceName }) return interfaceName;
        if (type.GetCustomAttribute<UnionTypeAttribute>(false) is { Name: { } unionName }) return unionName;
        var name = StripArity(type.Name);
        if (type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1])) name = name.Substring(1);
        if (type.IsGenericType)
        {
            var builder = new StringBuilder(name).Append("Of");
            var args = type.GetGenericArguments();
            for (var i = 0; i < args.Length; i++)
            {
                if (i > 0) builder.Append("And");
                builder.Append(GetTypeName(args[i]));
            }

            name = builder.ToString();
        }

        return name;
    }

    /// <summary><c>ProductFilter</c> → <c>ProductFilterInput</c>; <c>AddToCartInput</c> stays <c>AddToCartInput</c>.</summary>
    public static string GetInputTypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>(false) is { } named) return named.Name;
        var name = GetTypeName(type);
        if (name.EndsWith("Input", StringComparison.Ordinal)) name = name.Substring(0, name.Length - 5);
        return name + "Input";
    }

    public static string GetEnumValueName(FieldInfo field) =>
        field.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? ToUpperSnakeCase(field.Name);

    /// <summary><c>ProductId</c> → <c>productId</c>, <c>ID</c> → <c>id</c>, <c>URLSlug</c> → <c>urlSlug</c>.</summary>
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0])) return name;
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            // In "URLSlug" the "S" starts the next word and stays upper case.
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1])) break;
            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary><c>PendingApproval</c> → <c>PENDING_APPROVAL</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>, <c>Size2XL</c> → <c>SIZE2_XL</c>.</summary>
    public static string ToUpperSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != '_')
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower)) builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
