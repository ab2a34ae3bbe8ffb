using System.Collections.Generic;
using System.Text;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>How GraphQL names become C# names.</summary>
internal static class Names
{
    private static readonly HashSet<string> s_keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary><c>name</c> → <c>Name</c>; names starting with <c>_</c> (e.g. <c>__typename</c>) stay as they are.</summary>
    public static string Pascal(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name.Substring(1) : name;

    /// <summary><c>First</c> → <c>first</c>, escaped with <c>@</c> when it is a C# keyword.</summary>
    public static string Parameter(string name)
    {
        var camel = name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : name;
        return s_keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary><c>PENDING_APPROVAL</c> → <c>PendingApproval</c>; <c>inStock</c> → <c>InStock</c>.</summary>
    public static string EnumValue(string name)
    {
        var allUpper = true;
        foreach (var c in name)
        {
            if (char.IsLower(c)) { allUpper = false; break; }
        }

        if (!allUpper && name.IndexOf('_') < 0) return Pascal(name);
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (c == '_') { upperNext = true; continue; }
            builder.Append(upperNext ? char.ToUpperInvariant(c) : (allUpper ? char.ToLowerInvariant(c) : c));
            upperNext = false;
        }

        return builder.Length == 0 ? "_" : (char.IsDigit(builder[0]) ? "_" + builder : builder.ToString());
    }

    /// <summary>A C# string literal (verbatim-free, escaped) for generated code.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ') builder.Append("\\u").Append(((int)c).ToString("x4"));
                    else builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
