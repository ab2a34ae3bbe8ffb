using System.Text;
using GraphQL.Language;

namespace GraphQL.Execution.Coercion;

/// <summary>Prints a value literal as graphql-js's <c>print</c> does, for messages such as "has invalid value".</summary>
internal static class ValuePrinter
{
    public static string Print(ValueNode value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v:
                sb.Append('$').Append(v.Name.Value);
                break;
            case IntValueNode i:
                sb.Append(i.Value);
                break;
            case FloatValueNode f:
                sb.Append(f.Value);
                break;
            case StringValueNode s:
                sb.Append(System.Text.Json.JsonSerializer.Serialize(s.Value));
                break;
            case BooleanValueNode b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                sb.Append("null");
                break;
            case EnumValueNode e:
                sb.Append(e.Value);
                break;
            case ListValueNode list:
                sb.Append('[');
                for (var n = 0; n < list.Items.Count; n++)
                {
                    if (n > 0) sb.Append(", ");
                    Write(sb, list.Items[n]);
                }

                sb.Append(']');
                break;
            case ObjectValueNode obj:
                sb.Append('{');
                for (var n = 0; n < obj.Fields.Count; n++)
                {
                    sb.Append(n > 0 ? ", " : " ");
                    sb.Append(obj.Fields[n].Name.Value).Append(": ");
                    Write(sb, obj.Fields[n].Value);
                }

                sb.Append(obj.Fields.Count > 0 ? " }" : "}");
                break;
        }
    }
}
