using System;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an instant with its offset, per RFC 3339 section 5.6 and
/// https://scalars.graphql.org/andimarek/date-time (an offset is required; <c>Z</c> means UTC).
/// Runtime <see cref="DateTimeOffset"/>. Results are written with millisecond precision and the
/// value's own offset: <c>2024-05-01T12:30:00.000Z</c> or <c>2024-05-01T14:30:00.000+02:00</c>.
/// A <see cref="DateTime"/> result is written in UTC unless its kind is <see cref="DateTimeKind.Local"/>.
/// </summary>
public sealed class DateTimeType : ScalarType
{
    internal const string Url = "https://scalars.graphql.org/andimarek/date-time";

    internal DateTimeType()
        : base("DateTime", "The `DateTime` scalar type represents a date and time with an offset from UTC, as an RFC 3339 string such as `2024-05-01T12:30:00.000Z`.", Url)
    {
    }

    public override Type RuntimeType => typeof(DateTimeOffset);

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? Parse(s.Value, s.Value)
            : ScalarHelpers.Throw<object>("DateTime cannot represent a non string value: " + ScalarHelpers.Print(literal));

    public override object ParseValue(object input) =>
        input is string s
            ? Parse(s, s)
            : ScalarHelpers.Throw<object>("DateTime cannot represent a non string value: " + Inspect.Value(input));

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset dto => Format(dto),
        DateTime dt => Format(dt.Kind == DateTimeKind.Local ? new DateTimeOffset(dt) : new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc))),
        string s => Format((DateTimeOffset)Parse(s, s)),
        _ => ScalarHelpers.Throw<object>("DateTime cannot represent value: " + Inspect.Value(value)),
    };

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value));

    internal static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffzzz", CultureInfo.InvariantCulture);

    private static object Parse(string text, object shown)
    {
        if (!IsRfc3339(text)
            || !DateTimeOffset.TryParse(NormalizeFraction(text), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return ScalarHelpers.Throw<object>("DateTime cannot represent an invalid date-time string: " + Inspect.Value(shown));
        }

        return value;
    }

    /// <summary>date-time = full-date "T" partial-time time-offset, with the seconds and offset required.</summary>
    private static bool IsRfc3339(string s)
    {
        // yyyy-MM-ddTHH:mm:ss then optional .fraction then Z or ±hh:mm
        if (s.Length < 20) return false;
        if (!Digits(s, 0, 4) || s[4] != '-' || !Digits(s, 5, 2) || s[7] != '-' || !Digits(s, 8, 2)) return false;
        if (s[10] != 'T' && s[10] != 't') return false;
        if (!Digits(s, 11, 2) || s[13] != ':' || !Digits(s, 14, 2) || s[16] != ':' || !Digits(s, 17, 2)) return false;
        var i = 19;
        if (s[i] == '.')
        {
            i++;
            var start = i;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
            if (i == start) return false;
        }

        if (i >= s.Length) return false;
        if (s[i] == 'Z' || s[i] == 'z') return i == s.Length - 1;
        if (s[i] != '+' && s[i] != '-') return false;
        return s.Length - i == 6 && Digits(s, i + 1, 2) && s[i + 3] == ':' && Digits(s, i + 4, 2);
    }

    /// <summary>.NET parses at most 7 fraction digits; RFC 3339 allows more, so extra digits are cut.</summary>
    private static string NormalizeFraction(string s)
    {
        if (s[19] != '.') return s;
        var end = 20;
        while (s[end] >= '0' && s[end] <= '9') end++;
        return end - 20 <= 7 ? s : s.Substring(0, 27) + s.Substring(end);
    }

    internal static bool Digits(string s, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (s[i] < '0' || s[i] > '9') return false;
        }

        return true;
    }
}
