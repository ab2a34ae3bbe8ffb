using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every literal value coerces to the type expected where it appears: scalars by their literal coercion,
/// enums by name, lists item by item, input objects field by field with every required field given
/// (spec §5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields).
/// </summary>
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public ValuesOfCorrectTypeRule(ValidationContext context)
        : base(context, Kinds(
            SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.ObjectField, SyntaxKind.NullValue, SyntaxKind.EnumValue,
            SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue)) { }

    public override bool Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.ListValue:
                // TypeInfo has already stepped into the item type: the list type is one level up.
                if (Context.ParentInputType?.Nullable is not ListType)
                {
                    CheckLeafValue((ValueNode)node);
                    return false;
                }

                return true;
            case SyntaxKind.ObjectValue:
                if (Context.InputType?.GetNamedType() is not InputObjectType inputType)
                {
                    CheckLeafValue((ValueNode)node);
                    return false;
                }

                CheckRequiredFields((ObjectValueNode)node, inputType);
                return true;
            case SyntaxKind.ObjectField:
                if (Context.InputType is null && Context.ParentInputType?.GetNamedType() is InputObjectType parentType)
                {
                    var name = ((ObjectFieldNode)node).Name.Value;
                    var names = new List<string>(parentType.Fields.Count);
                    foreach (var field in parentType.Fields) names.Add(field.Name);
                    ReportError(
                        $"Field \"{name}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(Suggestions.List(name, names)),
                        node);
                }

                return true;
            case SyntaxKind.NullValue:
                if (Context.InputType is NonNullType nonNull)
                {
                    ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                }

                return true;
            default:
                CheckLeafValue((ValueNode)node);
                return true;
        }
    }

    private void CheckRequiredFields(ObjectValueNode node, InputObjectType type)
    {
        foreach (var fieldDef in type.Fields)
        {
            if (fieldDef.Type is not NonNullType || fieldDef.DefaultValue is not null || HasField(node, fieldDef.Name)) continue;
            ReportError($"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", node);
        }
    }

    private static bool HasField(ObjectValueNode node, string name)
    {
        var fields = node.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name.Value == name) return true;
        }

        return false;
    }

    /// <summary>A literal in a leaf position must be accepted by the scalar's or enum's literal coercion (spec §3.5, §3.9).</summary>
    private void CheckLeafValue(ValueNode node)
    {
        var locationType = Context.InputType;
        if (locationType is null) return;

        switch (locationType.GetNamedType())
        {
            case EnumType enumType:
                CheckEnumValue(node, enumType);
                return;
            case ScalarType scalar:
                try
                {
                    if (scalar.ParseLiteral(node) is null) ReportExpected(node, locationType, null);
                }
                catch (CoercionException ex)
                {
                    // The scalar's own sentence, as graphql-js reports a GraphQLError thrown by parseLiteral.
                    ReportError(ex.Message, node);
                }
                catch (Exception ex)
                {
                    // Any other failure of a custom scalar is still a validation error, never a crash.
                    ReportExpected(node, locationType, ex.Message);
                }

                return;
            default:
                ReportExpected(node, locationType, null);
                return;
        }
    }

    private void CheckEnumValue(ValueNode node, EnumType enumType)
    {
        if (node is EnumValueNode enumValue)
        {
            if (enumType.GetValue(enumValue.Value) is not null) return;
            ReportError($"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum." + DidYouMeanEnumValue(enumType, enumValue.Value), node);
            return;
        }

        var text = ValuePrinter.Print(node);
        ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {text}." + DidYouMeanEnumValue(enumType, text), node);
    }

    private static string DidYouMeanEnumValue(EnumType enumType, string text)
    {
        var names = new List<string>(enumType.Values.Count);
        foreach (var value in enumType.Values) names.Add(value.Name);
        return Suggestions.DidYouMean(Suggestions.List(text, names), "the enum value");
    }

    private void ReportExpected(ValueNode node, GraphQLType locationType, string? reason) =>
        ReportError(
            $"Expected value of type \"{locationType}\", found {ValuePrinter.Print(node)}" + (reason is null ? "." : "; " + reason),
            node);
}
