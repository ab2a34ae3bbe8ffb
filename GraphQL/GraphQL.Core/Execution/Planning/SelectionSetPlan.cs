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
        JsonKeys = new byte[fields.Length][];
        for (var i = 0; i < fields.Length; i++)
        {
            ResponseNames[i] = fields[i].ResponseName;
            EncodedNames[i] = System.Text.Json.JsonEncodedText.Encode(fields[i].ResponseName);
            JsonKeys[i] = JsonKey(EncodedNames[i].EncodedUtf8Bytes, first: i == 0);
        }
    }

    /// <summary>
    /// Each key as the response writer emits it: <c>"name":</c>, with the separating comma in front of all but
    /// the first (see <see cref="Serialization.ResultTreeWriter"/>).
    /// </summary>
    public byte[][] JsonKeys { get; }

    private static byte[] JsonKey(ReadOnlySpan<byte> encoded, bool first)
    {
        var key = new byte[encoded.Length + (first ? 3 : 4)];
        var at = 0;
        if (!first) key[at++] = (byte)',';
        key[at++] = (byte)'"';
        encoded.CopyTo(key.AsSpan(at));
        at += encoded.Length;
        key[at++] = (byte)'"';
        key[at] = (byte)':';
        return key;
    }

    /// <summary>The response names encoded once for the JSON writer.</summary>
    public System.Text.Json.JsonEncodedText[] EncodedNames { get; }

    public FieldPlan[] Fields { get; }
    public string[] ResponseNames { get; }

    /// <summary>The condition mask the fields were collected for (sub-selections inherit it).</summary>
    public ulong Mask { get; }
}
