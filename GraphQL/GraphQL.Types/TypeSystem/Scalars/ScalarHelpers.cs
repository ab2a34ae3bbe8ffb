using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Number handling shared by the scalars. Variable values arrive from JSON as <see cref="int"/>,
/// <see cref="long"/>, <see cref="decimal"/> or <see cref="double"/>; resolvers return any CLR
/// number. These helpers read them without boxing twice and keep the throws out of the hot methods.
/// </summary>
internal static class ScalarHelpers
{
    /// <summary>Boxed <c>true</c>/<c>false</c>, so that coercing booleans never allocates.</summary>
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Box(bool value) => value ? True : False;

    /// <summary>
    /// Reads an integral value. Returns false for non-numbers (<paramref name="isNumber"/> false),
    /// fractions and non-finite numbers (<paramref name="isNumber"/> true), and for integers beyond
    /// the range of <see cref="long"/> (<paramref name="overflow"/> true).
    /// </summary>
    public static bool TryGetInteger(object value, out long result, out bool isNumber, out bool overflow)
    {
        isNumber = true;
        overflow = false;
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul:
                result = ul <= long.MaxValue ? (long)ul : 0;
                overflow = ul > long.MaxValue;
                return !overflow;
            case decimal m:
                if (decimal.Truncate(m) != m) break;
                if (m < long.MinValue || m > long.MaxValue)
                {
                    overflow = true;
                    break;
                }

                result = (long)m;
                return true;
            case double d:
                return TryGetIntegerFromDouble(d, out result, out overflow);
            case float f:
                return TryGetIntegerFromDouble(f, out result, out overflow);
            default:
                isNumber = false;
                break;
        }

        result = 0;
        return false;
    }

    private static bool TryGetIntegerFromDouble(double d, out long result, out bool overflow)
    {
        result = 0;
        overflow = false;
        if (double.IsNaN(d) || double.IsInfinity(d) || Math.Floor(d) != d) return false;
        if (d < -9.2233720368547758E+18 || d >= 9.2233720368547758E+18)
        {
            overflow = true;
            return false;
        }

        result = (long)d;
        return true;
    }

    /// <summary>Reads any CLR number as a double; false for non-numbers.</summary>
    public static bool TryGetDouble(object value, out double result)
    {
        switch (value)
        {
            case double d: result = d; return true;
            case int i: result = i; return true;
            case long l: result = l; return true;
            case decimal m: result = (double)m; return true;
            case float f: result = f; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul: result = ul; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>JavaScript's <c>Number(string)</c> for the common cases: decimal notation with optional whitespace.</summary>
    public static bool TryParseJsNumber(string s, out double result)
    {
        var trimmed = s.Trim();
        if (trimmed.Length == 0)
        {
            result = 0;
            return true;
        }

        if (trimmed.IndexOf(',') >= 0)
        {
            result = double.NaN;
            return false;
        }

        if (double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out result))
        {
            return true;
        }

        result = double.NaN;
        return false;
    }

    public static string Print(ValueNode literal) => LiteralPrinter.Print(literal);

    [DoesNotReturn]
    public static void Throw(string message) => throw new CoercionException(message);

    [DoesNotReturn]
    public static T Throw<T>(string message) => throw new CoercionException(message);
}
