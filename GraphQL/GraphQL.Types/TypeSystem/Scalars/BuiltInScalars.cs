using System;
using System.Collections.Generic;

namespace GraphQL.Types;

/// <summary>
/// The scalars every schema may use: the five of the specification (spec §3.5: <c>Int</c>,
/// <c>Float</c>, <c>String</c>, <c>Boolean</c>, <c>ID</c>, marked <see cref="NamedType.IsBuiltIn"/>)
/// and the toolkit's custom scalars (<c>DateTime</c>, <c>Date</c>, <c>Decimal</c>, <c>Long</c>,
/// <c>UUID</c>, <c>URL</c>, <c>Upload</c>), which appear in printed SDL like any custom scalar.
/// Each is a singleton: a schema holds one instance per name.
/// </summary>
public static class BuiltInScalars
{
    public static StringType String { get; } = new();
    public static IntType Int { get; } = new();
    public static FloatType Float { get; } = new();
    public static BooleanType Boolean { get; } = new();
    public static IdType ID { get; } = new();
    public static DateTimeType DateTime { get; } = new();
    public static DateType Date { get; } = new();
    public static DecimalType Decimal { get; } = new();
    public static LongType Long { get; } = new();
    public static UuidType Uuid { get; } = new();
    public static UrlType Url { get; } = new();
    public static UploadType Upload { get; } = new();

    /// <summary>The five scalars of spec §3.5, in graphql-js's order.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = new ScalarType[] { String, Int, Float, Boolean, ID };

    /// <summary>Every scalar above.</summary>
    public static IReadOnlyList<ScalarType> All { get; } =
        new ScalarType[] { String, Int, Float, Boolean, ID, DateTime, Date, Decimal, Long, Uuid, Url, Upload };

    private static readonly Dictionary<string, ScalarType> ByName = CreateIndex();

    /// <summary>The scalar named <paramref name="name"/> among <see cref="All"/>, or null.</summary>
    public static ScalarType? Get(string name) => ByName.TryGetValue(name, out var s) ? s : null;

    /// <summary>True for <c>String</c>, <c>Int</c>, <c>Float</c>, <c>Boolean</c> and <c>ID</c>.</summary>
    public static bool IsSpecified(string name) =>
        name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static Dictionary<string, ScalarType> CreateIndex()
    {
        var index = new Dictionary<string, ScalarType>(StringComparer.Ordinal);
        foreach (var scalar in All) index.Add(scalar.Name, scalar);
        return index;
    }
}
