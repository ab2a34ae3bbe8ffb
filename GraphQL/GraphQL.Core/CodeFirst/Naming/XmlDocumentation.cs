using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace GraphQL.CodeFirst;

/// <summary>
/// Reads descriptions from the XML documentation file the compiler writes beside an assembly
/// (<c>GenerateDocumentationFile</c>): the <c>&lt;summary&gt;</c> of types, members and enum values,
/// the <c>&lt;param&gt;</c> of method parameters (and of record types, for their positional properties).
/// Missing files simply give no descriptions.
/// </summary>
internal sealed class XmlDocumentation
{
    private readonly ConcurrentDictionary<Assembly, Dictionary<string, XElement>?> _files = new();

    public string? GetSummary(MemberInfo member)
    {
        var element = Find(member.Module.Assembly, GetId(member));
        var summary = element?.Element("summary");
        if (summary is not null) return ToText(summary);

        // A record's positional property is documented by the <param> of the record itself.
        if (member is PropertyInfo property && property.DeclaringType is { } declaring)
        {
            return GetParam(Find(declaring.Assembly, GetId(declaring)), property.Name);
        }

        return null;
    }

    public string? GetParameter(ParameterInfo parameter) =>
        parameter.Member is MethodBase method ? GetParam(Find(method.Module.Assembly, GetId(method)), parameter.Name) : null;

    private static string? GetParam(XElement? element, string? name)
    {
        if (element is null || name is null) return null;
        foreach (var param in element.Elements("param"))
        {
            if (string.Equals((string?)param.Attribute("name"), name, StringComparison.Ordinal)) return ToText(param);
        }

        return null;
    }

    private XElement? Find(Assembly assembly, string? id)
    {
        if (id is null) return null;
        var members = _files.GetOrAdd(assembly, Load);
        return members is not null && members.TryGetValue(id, out var element) ? element : null;
    }

    private static Dictionary<string, XElement>? Load(Assembly assembly)
    {
        if (assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location)) return null;
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path)) return null;
        var members = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            if ((string?)member.Attribute("name") is { } name) members[name] = member;
        }

        return members;
    }

    /// <summary>The documentation ID of a member (ECMA-334 annex D.4.2), e.g. <c>M:Shop.ProductQueries.GetProduct(System.Int32)</c>.</summary>
    private static string? GetId(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeName(type),
        PropertyInfo p => "P:" + TypeName(p.DeclaringType!) + "." + p.Name,
        FieldInfo f => "F:" + TypeName(f.DeclaringType!) + "." + f.Name,
        MethodBase m => "M:" + TypeName(m.DeclaringType!) + "." + (m is ConstructorInfo ? "#ctor" : m.Name)
            + (m.IsGenericMethod ? "``" + m.GetGenericArguments().Length : string.Empty) + Parameters(m),
        _ => null,
    };

    private static string Parameters(MethodBase method)
    {
        var parameters = method.GetParameters();
        if (parameters.Length == 0) return string.Empty;
        var builder = new StringBuilder("(");
        for (var i = 0; i < parameters.Length; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(ParameterTypeName(parameters[i].ParameterType));
        }

        return builder.Append(')').ToString();
    }

    private static string ParameterTypeName(Type type)
    {
        if (type.IsByRef) return ParameterTypeName(type.GetElementType()!) + "@";
        if (type.IsArray) return ParameterTypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        if (type.IsGenericParameter) return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        if (!type.IsGenericType) return TypeName(type);
        var definition = TypeName(type.GetGenericTypeDefinition());
        var tick = definition.LastIndexOf('`');
        var builder = new StringBuilder(tick < 0 ? definition : definition.Substring(0, tick)).Append('{');
        var args = type.GetGenericArguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(ParameterTypeName(args[i]));
        }

        return builder.Append('}').ToString();
    }

    private static string TypeName(Type type) =>
        (type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');

    /// <summary>The element's text with references written as their short names and whitespace collapsed.</summary>
    private static string? ToText(XElement element)
    {
        var builder = new StringBuilder();
        Append(builder, element);
        var text = string.Join(" ", builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }

    private static void Append(StringBuilder builder, XElement element)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    var reference = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? (string?)see.Attribute("href") ?? string.Empty;
                    if (see.Value.Length > 0) builder.Append(see.Value);
                    else builder.Append(ShortName(reference));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } paramRef:
                    builder.Append((string?)paramRef.Attribute("name"));
                    break;
                case XElement child:
                    Append(builder, child);
                    break;
            }
        }
    }

    private static string ShortName(string reference)
    {
        var colon = reference.IndexOf(':');
        if (colon >= 0) reference = reference.Substring(colon + 1);
        var paren = reference.IndexOf('(');
        if (paren >= 0) reference = reference.Substring(0, paren);
        var dot = reference.LastIndexOf('.');
        return dot >= 0 ? reference.Substring(dot + 1) : reference;
    }
}
