using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Conversions between literals and plain CLR values without a type to guide them (graphql-js
/// <c>valueFromASTUntyped</c> and the untyped half of <c>astFromValue</c>): used by custom
/// scalars that accept anything, and to substitute variables inside scalar literals.
/// </summary>
internal static class UntypedValues
{
    public static object? FromLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
                if (long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
                return double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case BooleanValueNode b:
                return ScalarHelpers.Box(b.Value);
            case EnumValueNode e:
                return e.Value;
            case ListValueNode list:
                var items = new object?[list.Items.Count];
                for (var k = 0; k < items.Length; k++) items[k] = FromLiteral(list.Items[k], variables);
                return items;
            case ObjectValueNode obj:
                var dict = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (var field in obj.Fields) dict[field.Name.Value] = FromLiteral(field.Value, variables);
                return dict;
            case VariableNode v:
                return variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null;
            default:
                throw new ArgumentException("Unknown literal kind " + literal.Kind + ".", nameof(literal));
        }
    }

    public static ValueNode ToLiteral(object? value)
    {
        switch (value)
        {
            case null:
                return NullValueNode.Default;
            case bool b:
                return b ? BooleanValueNode.True : BooleanValueNode.False;
            case string s:
                return new StringValueNode(s);
            case double or float:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                var text = Inspect.JsNumber(d);
                return Math.Floor(d) == d && text.IndexOf('e') < 0 ? new IntValueNode(text) : new FloatValueNode(text);
            case decimal m:
                var mt = m.ToString(CultureInfo.InvariantCulture);
                return mt.IndexOf('.') < 0 ? new IntValueNode(mt) : new FloatValueNode(mt);
            case IDictionary<string, object?> dict:
                return ObjectLiteral(dict);
            case IReadOnlyDictionary<string, object?> roDict:
                return ObjectLiteral(roDict);
            case IEnumerable list:
                var items = new List<ValueNode>();
                foreach (var item in list) items.Add(ToLiteral(item));
                return new ListValueNode(items);
        }

        if (Inspect.IsInteger(value))
        {
            return new IntValueNode(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
        }

        return new StringValueNode(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty);
    }

    private static ObjectValueNode ObjectLiteral(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var pair in entries) fields.Add(new ObjectFieldNode(new NameNode(pair.Key), ToLiteral(pair.Value)));
        return new ObjectValueNode(fields);
    }
}
