using System.Collections.Generic;
using System.Text;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Prints value literals and type references as graphql-js <c>print</c> does, for messages
/// ("found {value}") and for comparing arguments of overlapping fields (spec §5.3.2 SameArguments),
/// where object fields are sorted so that field order does not matter.
/// </summary>
internal static class ValuePrinter
{
    public static string Print(ValueNode value)
    {
        var text = new StringBuilder();
        Append(text, value, sorted: false);
        return text.ToString();
    }

    /// <summary>The printed value with the fields of every object sorted by name (graphql-js <c>sortValueNode</c>).</summary>
    public static string PrintSorted(ValueNode value)
    {
        var text = new StringBuilder();
        Append(text, value, sorted: true);
        return text.ToString();
    }

    public static string Print(TypeNode type) => type switch
    {
        NonNullTypeNode nn => Print(nn.Type) + "!",
        ListTypeNode list => "[" + Print(list.Type) + "]",
        _ => ((NamedTypeNode)type).Name.Value,
    };

    private static void Append(StringBuilder text, ValueNode value, bool sorted)
    {
        switch (value)
        {
            case VariableNode v:
                text.Append('$').Append(v.Name.Value);
                break;
            case IntValueNode i:
                text.Append(i.Value);
                break;
            case FloatValueNode f:
                text.Append(f.Value);
                break;
            case StringValueNode s:
                if (s.Block) AppendBlockString(text, s.Value);
                else AppendString(text, s.Value);
                break;
            case BooleanValueNode b:
                text.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                text.Append("null");
                break;
            case EnumValueNode e:
                text.Append(e.Value);
                break;
            case ListValueNode list:
                text.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Append(text, list.Items[i], sorted);
                }

                text.Append(']');
                break;
            case ObjectValueNode obj:
                IReadOnlyList<ObjectFieldNode> fields = obj.Fields;
                if (sorted && fields.Count > 1)
                {
                    var copy = new List<ObjectFieldNode>(fields);
                    StableSortByName(copy);
                    fields = copy;
                }

                text.Append('{');
                for (var i = 0; i < fields.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    text.Append(fields[i].Name.Value).Append(": ");
                    Append(text, fields[i].Value, sorted);
                }

                text.Append('}');
                break;
        }
    }

    // Insertion sort: stable (like Array.prototype.sort) and the lists are tiny.
    private static void StableSortByName(List<ObjectFieldNode> fields)
    {
        for (var i = 1; i < fields.Count; i++)
        {
            var item = fields[i];
            var j = i - 1;
            while (j >= 0 && Suggestions.NaturalCompare(fields[j].Name.Value, item.Name.Value) > 0)
            {
                fields[j + 1] = fields[j];
                j--;
            }

            fields[j + 1] = item;
        }
    }

    /// <summary>A quoted string with control characters, <c>"</c> and <c>\</c> escaped (graphql-js <c>printString</c>).</summary>
    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                default:
                    if (c <= '\u001f' || (c >= '\u007f' && c <= '\u009f'))
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4"));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    private static void AppendBlockString(StringBuilder text, string value)
    {
        // Simplified graphql-js printBlockString: keeps the value on its own lines when it spans several.
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var multiLine = escaped.IndexOf('\n') >= 0;
        text.Append("\"\"\"");
        if (multiLine) text.Append('\n');
        text.Append(escaped);
        if (multiLine || escaped.EndsWith("\"", System.StringComparison.Ordinal) || escaped.EndsWith("\\", System.StringComparison.Ordinal)) text.Append('\n');
        text.Append("\"\"\"");
    }
}
