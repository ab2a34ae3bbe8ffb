using System.Collections.Generic;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>
/// The .NET type of each scalar in generated code, with the runtime's reader and writer for it. Scalars the
/// toolkit does not know are passed through as <c>System.Text.Json.JsonElement</c>, so no value is lost and the
/// caller decides how to read it (documented in docs/graphql-client.md).
/// </summary>
internal sealed class ScalarMapping
{
    public ScalarMapping(string type, bool isValueType, string reader, string writer)
    {
        Type = type;
        IsValueType = isValueType;
        Reader = reader;
        Writer = writer;
    }

    /// <summary>The fully qualified C# type.</summary>
    public string Type { get; }

    public bool IsValueType { get; }

    /// <summary>The <c>JsonReaders</c> method reading a non-null value.</summary>
    public string Reader { get; }

    /// <summary>A statement template writing a non-null value: <c>{w}</c> is the writer, <c>{v}</c> the value.</summary>
    public string Writer { get; }
}

internal static class ScalarMap
{
    private const string Readers = "global::GraphQL.Client.Serialization.JsonReaders.";
    private const string Writers = "global::GraphQL.Client.Serialization.JsonWriters.";

    public static readonly ScalarMapping Unknown =
        new("global::System.Text.Json.JsonElement", true, Readers + "ReadJsonElement", Writers + "WriteJsonElement({w}, {v});");

    private static readonly Dictionary<string, ScalarMapping> s_map = new()
    {
        ["String"] = new("string", false, Readers + "ReadString", "{w}.WriteStringValue({v});"),
        ["ID"] = new("string", false, Readers + "ReadString", "{w}.WriteStringValue({v});"),
        ["Int"] = new("int", true, Readers + "ReadInt32", "{w}.WriteNumberValue({v});"),
        ["Float"] = new("double", true, Readers + "ReadDouble", "{w}.WriteNumberValue({v});"),
        ["Boolean"] = new("bool", true, Readers + "ReadBoolean", "{w}.WriteBooleanValue({v});"),
        ["Decimal"] = new("decimal", true, Readers + "ReadDecimal", "{w}.WriteNumberValue({v});"),
        ["Long"] = new("long", true, Readers + "ReadInt64", "{w}.WriteNumberValue({v});"),
        ["DateTime"] = new("global::System.DateTimeOffset", true, Readers + "ReadDateTimeOffset", Writers + "WriteDateTimeOffset({w}, {v});"),
        ["Date"] = new("global::System.DateOnly", true, Readers + "ReadDateOnly", Writers + "WriteDateOnly({w}, {v});"),
        ["UUID"] = new("global::System.Guid", true, Readers + "ReadGuid", Writers + "WriteGuid({w}, {v});"),
        ["URL"] = new("global::System.Uri", false, Readers + "ReadUri", Writers + "WriteUri({w}, {v});"),
    };

    public static ScalarMapping Get(string scalarName) => s_map.TryGetValue(scalarName, out var mapping) ? mapping : Unknown;
}
