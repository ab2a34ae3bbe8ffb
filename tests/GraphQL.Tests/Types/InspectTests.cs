using System.Collections.Generic;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class InspectTests
{
    public static TheoryData<object?, string> Values => new()
    {
        { null, "null" },
        { "a\"b\n", "\"a\\\"b\\n\"" },
        { 1.0, "1" },
        { 1e21, "1e+21" },
        { 1e-7, "1e-7" },
        { 123456789012.5, "123456789012.5" },
        { 0.000001, "0.000001" },
        { double.NegativeInfinity, "-Infinity" },
        { new object?[0], "[]" },
        { new Dictionary<string, object?>(), "{}" },
        { new object?[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]" },
        { new object?[] { new object?[] { new object?[] { 1 } } }, "[[[Array]]]" },
        { new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = 1 } } }, "{ a: { b: [Object] } }" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void ValuesAreWrittenAsGraphQLJsInspectWritesThem(object? value, string expected)
    {
        Assert.Equal(expected, Inspect.Value(value));
    }
}
