using System.Text;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Literals and strings as graphql-js prints them, for default values in SDL and introspection
/// (<c>__InputValue.defaultValue</c>), descriptions, and the literal quoted in coercion errors.
/// A thin seam over the language printer so that the type system names one place for it.
/// </summary>
internal static class LiteralPrinter
{
    public static string Print(ValueNode value) => Printer.Print(value);

    /// <summary>A string literal with <c>"</c>, <c>\</c> and control characters escaped (spec §2.9.4).</summary>
    public static string QuotedString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        StringValuePrinter.WriteQuoted(sb, value);
        return sb.ToString();
    }

    /// <summary>A block string laid out as graphql-js's <c>printBlockString</c> does.</summary>
    public static string BlockString(string value) => StringValuePrinter.FormatBlockString(value);

    /// <summary>True when a block string reproduces <paramref name="value"/> exactly.</summary>
    public static bool IsPrintableAsBlockString(string value) => StringValuePrinter.IsPrintableAsBlockString(value);
}
