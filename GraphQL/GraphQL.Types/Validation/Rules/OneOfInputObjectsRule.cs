using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A literal for a OneOf input object gives exactly one field, whose value is not the literal null
/// (spec §3.10.1 OneOf Input Objects, §5.6.1 Values of Correct Type). A variable given to that field is
/// assumed valid here, as §5.6.1 says; whether it may be null is §5.8.5's question
/// (<see cref="VariablesInAllowedPositionRule"/>), so a nullable variable gets one error, not two.
/// graphql-js checks this inside ValuesOfCorrectTypeRule; running right after it keeps the same error order.
/// </summary>
internal sealed class OneOfInputObjectsRule : ValidationRule
{
    public OneOfInputObjectsRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.ListValue, SyntaxKind.ObjectValue)) { }

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case ListValueNode:
                // Where ValuesOfCorrectTypeRule stops (a list where no list is expected), so does this rule.
                return Context.ParentInputType?.Nullable is ListType;
            default:
                if (Context.InputType?.GetNamedType() is not InputObjectType type) return false;
                if (type.IsOneOf) Check((ObjectValueNode)node, type);
                return true;
        }
    }

    private void Check(ObjectValueNode node, InputObjectType type)
    {
        // Keys are distinct names (a repeated name is UniqueInputFieldNamesRule's error).
        ObjectFieldNode? single = null;
        var count = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            if (seen.Add(field.Name.Value)) count++;
            single ??= field;
        }

        if (count != 1)
        {
            ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        // As graphql-js keyMap, the last field of that name wins.
        foreach (var field in node.Fields) single = field;
        if (single!.Value is NullValueNode)
        {
            ReportError($"Field \"{type.Name}.{single.Name.Value}\" must be non-null.", node);
        }
    }
}
