using System;
using System.Collections.Generic;
using System.IO;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class ScalarCoercionTests
{
    private static ScalarType Scalar(string name) => BuiltInScalars.Get(name)!;

    private static ValueNode Literal(string text) => Parser.ParseValue(text);

    public static TheoryData<string, string, object> ValidLiterals => new()
    {
        { "Int", "42", 42 },
        { "Int", "-2147483648", int.MinValue },
        { "Float", "1.5", 1.5 },
        { "Float", "3", 3.0 },
        { "Float", "1e3", 1000.0 },
        { "Float", "1.7976931348623157e308", double.MaxValue },
        { "Float", "1e-999", 0.0 },
        { "String", "\"héllo\"", "héllo" },
        { "Boolean", "true", true },
        { "ID", "\"abc\"", "abc" },
        { "ID", "123", "123" },
        { "Long", "9223372036854775807", long.MaxValue },
        { "Decimal", "19.99", 19.99m },
        { "Decimal", "7", 7m },
        { "DateTime", "\"2024-05-01T12:30:00Z\"", new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero) },
        { "DateTime", "\"2024-05-01T14:30:00.5+02:00\"", new DateTimeOffset(2024, 5, 1, 14, 30, 0, 500, TimeSpan.FromHours(2)) },
        { "Date", "\"2024-02-29\"", new DateOnly(2024, 2, 29) },
        { "UUID", "\"9b2f7b2c-8c4e-4d3e-9a51-0f7c2d1e5a60\"", new Guid("9b2f7b2c-8c4e-4d3e-9a51-0f7c2d1e5a60") },
        { "URL", "\"https://example.com/a?b=c\"", new Uri("https://example.com/a?b=c") },
    };

    [Theory]
    [MemberData(nameof(ValidLiterals))]
    public void ValidLiteralsCoerce(string scalar, string literal, object expected)
    {
        Assert.Equal(expected, Scalar(scalar).ParseLiteral(Literal(literal)));
    }

    [Theory]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("Float", "true", "Float cannot represent non numeric value: true")]
    [InlineData("Float", "1e999", "Float cannot represent non-finite value: 1e999")]
    [InlineData("Float", "-1e999", "Float cannot represent non-finite value: -1e999")]
    [InlineData("Float", "1.8e308", "Float cannot represent non-finite value: 1.8e308")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("String", "[\"a\"]", "String cannot represent a non string value: [\"a\"]")]
    [InlineData("Boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("Boolean", "TRUE", "Boolean cannot represent a non boolean value: TRUE")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("ID", "{a: 1}", "ID cannot represent a non-string and non-integer value: {a: 1}")]
    [InlineData("Long", "9223372036854775808", "Long cannot represent non 64-bit signed integer value: 9223372036854775808")]
    [InlineData("Long", "1.0", "Long cannot represent non-integer value: 1.0")]
    [InlineData("Decimal", "\"1\"", "Decimal cannot represent non numeric value: \"1\"")]
    [InlineData("Decimal", "1e40", "Decimal cannot represent value out of range: 1e40")]
    [InlineData("DateTime", "\"2024-05-01T12:30:00\"", "DateTime cannot represent an invalid date-time string: \"2024-05-01T12:30:00\"")]
    [InlineData("DateTime", "\"2024-13-01T12:30:00Z\"", "DateTime cannot represent an invalid date-time string: \"2024-13-01T12:30:00Z\"")]
    [InlineData("DateTime", "5", "DateTime cannot represent a non string value: 5")]
    [InlineData("Date", "\"2023-02-29\"", "Date cannot represent an invalid date string: \"2023-02-29\"")]
    [InlineData("Date", "\"2024-5-1\"", "Date cannot represent an invalid date string: \"2024-5-1\"")]
    [InlineData("UUID", "\"not-a-uuid\"", "UUID cannot represent an invalid UUID string: \"not-a-uuid\"")]
    [InlineData("URL", "\"/relative\"", "URL cannot represent an invalid absolute URL: \"/relative\"")]
    [InlineData("Upload", "\"file\"", "Upload cannot represent a literal value: \"file\"; send the file as a variable of a multipart request.")]
    public void InvalidLiteralsAreRejected(string scalar, string literal, string message)
    {
        var ex = Assert.Throws<CoercionException>(() => Scalar(scalar).ParseLiteral(Literal(literal)));

        Assert.Equal(message, ex.Message);
    }

    public static TheoryData<string, object, object> ValidVariables => new()
    {
        { "Int", 7, 7 },
        { "Int", 7L, 7 },
        { "Int", 7.0, 7 },
        { "Int", 7m, 7 },
        { "Float", 2, 2.0 },
        { "Float", 2.5m, 2.5 },
        { "Float", 1e300, 1e300 },
        { "String", "x", "x" },
        { "Boolean", false, false },
        { "ID", "a1", "a1" },
        { "ID", 12, "12" },
        { "ID", 12L, "12" },
        { "Long", 5_000_000_000L, 5_000_000_000L },
        { "Decimal", 0.1, 0.1m },
        { "Decimal", 12.345m, 12.345m },
        { "Decimal", 3, 3m },
        { "DateTime", "2024-05-01T12:30:00.123456789Z", new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero).AddTicks(1234567) },
        { "Date", "2024-05-01", new DateOnly(2024, 5, 1) },
    };

    [Theory]
    [MemberData(nameof(ValidVariables))]
    public void ValidVariableValuesCoerce(string scalar, object value, object expected)
    {
        Assert.Equal(expected, Scalar(scalar).ParseValue(value));
    }

    [Theory]
    [InlineData("Int", 1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Int", 3000000000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("Int", true, "Int cannot represent non-integer value: true")]
    [InlineData("Float", "1.5", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("Float", double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData("Float", double.PositiveInfinity, "Float cannot represent non numeric value: Infinity")]
    [InlineData("Float", double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity")]
    [InlineData("Float", float.PositiveInfinity, "Float cannot represent non numeric value: Infinity")]
    [InlineData("String", 1, "String cannot represent a non string value: 1")]
    [InlineData("String", true, "String cannot represent a non string value: true")]
    [InlineData("Boolean", 1, "Boolean cannot represent a non boolean value: 1")]
    [InlineData("Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", 1.5, "ID cannot represent value: 1.5")]
    [InlineData("ID", true, "ID cannot represent value: true")]
    [InlineData("Long", 1.5, "Long cannot represent non-integer value: 1.5")]
    [InlineData("Long", 1e19, "Long cannot represent non 64-bit signed integer value: 10000000000000000000")]
    [InlineData("Decimal", "12", "Decimal cannot represent non numeric value: \"12\"")]
    [InlineData("DateTime", 1, "DateTime cannot represent a non string value: 1")]
    [InlineData("UUID", 1, "UUID cannot represent a non string value: 1")]
    [InlineData("Upload", "file", "Upload cannot represent a non file value: \"file\"")]
    public void InvalidVariableValuesAreRejected(string scalar, object value, string message)
    {
        var ex = Assert.Throws<CoercionException>(() => Scalar(scalar).ParseValue(value));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void ListAndObjectVariableValuesAreDescribedLikeGraphQLJs()
    {
        var list = Assert.Throws<CoercionException>(() => BuiltInScalars.Int.ParseValue(new object?[] { 1, "a" }));
        var obj = Assert.Throws<CoercionException>(() => BuiltInScalars.String.ParseValue(new Dictionary<string, object?> { ["a"] = 1 }));

        Assert.Equal("Int cannot represent non-integer value: [1, \"a\"]", list.Message);
        Assert.Equal("String cannot represent a non string value: { a: 1 }", obj.Message);
    }

    public static TheoryData<string, object, object> ValidResults => new()
    {
        { "Int", 5, 5 },
        { "Int", 5L, 5 },
        { "Int", 5.0, 5 },
        { "Int", true, 1 },
        { "Int", "12", 12 },
        { "Float", 1.25f, 1.25 },
        { "Float", false, 0.0 },
        { "Float", "1.5", 1.5 },
        { "String", "s", "s" },
        { "String", true, "true" },
        { "String", 12, "12" },
        { "String", 1.5, "1.5" },
        { "Boolean", true, true },
        { "Boolean", 0, false },
        { "ID", "x", "x" },
        { "ID", 42L, "42" },
        { "Long", 42, 42L },
        { "Decimal", 9.99m, 9.99m },
        { "Decimal", 3, 3m },
        { "DateTime", new DateTimeOffset(2024, 5, 1, 12, 30, 5, 7, TimeSpan.Zero), "2024-05-01T12:30:05.007Z" },
        { "DateTime", new DateTimeOffset(2024, 5, 1, 14, 30, 0, TimeSpan.FromHours(2)), "2024-05-01T14:30:00.000+02:00" },
        { "DateTime", new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc), "2024-05-01T12:00:00.000Z" },
        { "Date", new DateOnly(2024, 5, 1), "2024-05-01" },
        { "UUID", new Guid("9B2F7B2C-8C4E-4D3E-9A51-0F7C2D1E5A60"), "9b2f7b2c-8c4e-4d3e-9a51-0f7c2d1e5a60" },
        { "URL", new Uri("https://example.com/x"), "https://example.com/x" },
    };

    [Theory]
    [MemberData(nameof(ValidResults))]
    public void ResultsSerialize(string scalar, object value, object expected)
    {
        Assert.Equal(expected, Scalar(scalar).Serialize(value));
    }

    [Theory]
    [InlineData("Int", 1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData("Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Float", "abc", "Float cannot represent non numeric value: \"abc\"")]
    [InlineData("Float", double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData("Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", 1.5, "ID cannot represent value: 1.5")]
    [InlineData("ID", true, "ID cannot represent value: true")]
    [InlineData("Upload", "x", "Upload is an input-only scalar and cannot be used as a result.")]
    public void InvalidResultsAreRejected(string scalar, object value, string message)
    {
        var ex = Assert.Throws<CoercionException>(() => Scalar(scalar).Serialize(value));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void AnIntLiteralBeyondADoubleIsANonFiniteFloat()
    {
        var digits = "1" + new string('0', 400);

        var ex = Assert.Throws<CoercionException>(() => Scalar("Float").ParseLiteral(Literal(digits)));

        Assert.Equal("Float cannot represent non-finite value: " + digits, ex.Message);
    }

    [Fact]
    public void StringRefusesObjectsAsResults()
    {
        var ex = Assert.Throws<CoercionException>(() => BuiltInScalars.String.Serialize(new object[] { 1 }));

        Assert.Equal("String cannot represent value: [1]", ex.Message);
    }

    [Fact]
    public void UploadAcceptsFilesFromTheTransport()
    {
        var file = new FakeFile();

        Assert.Same(file, BuiltInScalars.Upload.ParseValue(file));
    }

    [Theory]
    [InlineData("Float", 1.0, "1")]
    [InlineData("Float", 1.5, "1.5")]
    [InlineData("ID", "42", "42")]
    [InlineData("ID", "abc", "\"abc\"")]
    [InlineData("String", "a\"b\n", "\"a\\\"b\\n\"")]
    [InlineData("Boolean", true, "true")]
    public void ValuesWriteAsLiteralsLikeGraphQLJsAstFromValue(string scalar, object value, string printed)
    {
        Assert.Equal(printed, Printer.Print(Scalar(scalar).ToLiteral(value)));
    }

    [Fact]
    public void SpecifiedByUrlsAreSet()
    {
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", BuiltInScalars.DateTime.SpecifiedByUrl);
        Assert.True(BuiltInScalars.Int.IsBuiltIn);
        Assert.False(BuiltInScalars.DateTime.IsBuiltIn);
    }

    [Fact]
    public void PassThroughScalarsKeepLiteralShape()
    {
        var json = new PassThroughScalarType("Json");

        var value = json.ParseLiteral(Literal("{a: [1, 2.5, \"x\", true, null, RED]}"));

        var dict = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(new object?[] { 1, 2.5, "x", true, null, "RED" }, (object?[])dict["a"]!);
        Assert.Same(value, json.Serialize(value));
    }

    private sealed class FakeFile : IUploadedFile
    {
        public string Name => "a.txt";
        public long? Length => 0;
        public string? ContentType => "text/plain";
        public Stream OpenReadStream() => new MemoryStream();
    }
}
