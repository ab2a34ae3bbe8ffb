using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A field of a scalar or enum type has no selection set, and a field of any other type has a non-empty one
/// (spec §5.3.3 Leaf Field Selections).
/// </summary>
internal sealed class ScalarLeafsRule : ValidationRule
{
    public ScalarLeafsRule(ValidationContext context) : base(context, Kinds(SyntaxKind.Field)) { }

    public override bool Enter(SyntaxNode node)
    {
        var type = Context.Type;
        if (type is null) return true;
        var field = (FieldNode)node;
        var name = field.Name.Value;
        var selectionSet = field.SelectionSet;
        if (type.IsLeafType)
        {
            if (selectionSet is not null)
            {
                ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (selectionSet is null)
        {
            ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
        else if (selectionSet.Selections.Count == 0)
        {
            ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}
