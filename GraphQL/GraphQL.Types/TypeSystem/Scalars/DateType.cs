using System;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <c>Date</c>: a calendar date without time or offset, ISO 8601 <c>yyyy-MM-dd</c> (RFC 3339 full-date).
/// Runtime <c>DateOnly</c> on .NET; <see cref="DateTime"/> (date part, unspecified kind) on netstandard2.0.
/// </summary>
public sealed class DateType : ScalarType
{
    internal DateType()
        : base("Date", "The `Date` scalar type represents a calendar date without a time, as an ISO 8601 string such as `2024-05-01`.")
    {
    }

#if NET
    public override Type RuntimeType => typeof(DateOnly);
#else
    public override Type RuntimeType => typeof(DateTime);
#endif

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? Parse(s.Value)
            : ScalarHelpers.Throw<object>("Date cannot represent a non string value: " + ScalarHelpers.Print(literal));

    public override object ParseValue(object input) =>
        input is string s
            ? Parse(s)
            : ScalarHelpers.Throw<object>("Date cannot represent a non string value: " + Inspect.Value(input));

    public override object Serialize(object value) => value switch
    {
#if NET
        DateOnly d => d.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
#endif
        DateTime dt => dt.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
        string s => Serialize(Parse(s)),
        _ => ScalarHelpers.Throw<object>("Date cannot represent value: " + Inspect.Value(value)),
    };

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value));

    private static object Parse(string s)
    {
        if (s.Length == 10 && DateTimeType.Digits(s, 0, 4) && s[4] == '-' && DateTimeType.Digits(s, 5, 2) && s[7] == '-'
            && DateTimeType.Digits(s, 8, 2)
            && DateTime.TryParseExact(s, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
#if NET
            return DateOnly.FromDateTime(date);
#else
            return date;
#endif
        }

        return ScalarHelpers.Throw<object>("Date cannot represent an invalid date string: " + Inspect.Value(s));
    }
}
