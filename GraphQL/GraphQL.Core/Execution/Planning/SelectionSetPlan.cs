namespace GraphQL.Execution.Planning;

/// <summary>
/// The collected fields of a selection for one object type (spec §6.3.2 CollectFields result):
/// fields grouped by response name, in order; the response names are shared by every
/// <see cref="Results.ResultMap"/> of this selection.
/// </summary>
internal sealed class SelectionSetPlan
{
    public SelectionSetPlan(FieldPlan[] fields, ulong mask)
    {
        Fields = fields;
        Mask = mask;
        ResponseNames = new string[fields.Length];
        EncodedNames = new System.Text.Json.JsonEncodedText[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            ResponseNames[i] = fields[i].ResponseName;
            EncodedNames[i] = System.Text.Json.JsonEncodedText.Encode(fields[i].ResponseName);
        }
    }

    /// <summary>The response names encoded once for the JSON writer.</summary>
    public System.Text.Json.JsonEncodedText[] EncodedNames { get; }

    public FieldPlan[] Fields { get; }
    public string[] ResponseNames { get; }

    /// <summary>The condition mask the fields were collected for (sub-selections inherit it).</summary>
    public ulong Mask { get; }
}
