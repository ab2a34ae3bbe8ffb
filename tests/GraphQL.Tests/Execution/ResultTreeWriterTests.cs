using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>
/// The result tree's own writer (<see cref="ResultTreeWriter"/>) against <see cref="Utf8JsonWriter"/> with the
/// response's options: the same bytes for every value it writes itself and every value it hands over.
/// </summary>
public sealed class ResultTreeWriterTests
{
    public static TheoryData<string> Strings()
    {
        var data = new TheoryData<string> { "", "ab", "user12", "Hello, world!", "tab\there", "quote\"back\\slash", "<b>&amp;</b> 'x' +`", "Café ☕", "\u007f\u0080\u2028", "😀", "\ud800" };
        var all = new StringBuilder();
        for (var c = 0; c < 256; c++) all.Append((char)c);
        data.Add(all.ToString());
        for (var c = 0; c < 128; c++)
        {
            data.Add(new string((char)c, 1));
            data.Add("abcdefghijklmnopqrstuvwxyz0123456789" + (char)c);
        }

        data.Add(new string('x', 100));
        return data;
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void StringsAreWrittenAsUtf8JsonWriterWritesThem(string value) => AssertSameAsUtf8JsonWriter(value);

    [Fact]
    public void NumbersBooleansAndNullAreWrittenAsUtf8JsonWriterWritesThem()
    {
        object?[] values =
        {
            null, true, false, 0, -1, int.MinValue, int.MaxValue, 0L, long.MinValue, long.MaxValue, 0m, 1.5m, -79228162514264337593543950335m,
            0.1m + 0.2m, 1.10m, 1.5, 0.1, 1e300, -0.0, double.NaN, 1.5f, (short)3, Guid.Empty, new[] { 1, 2 },
        };
        foreach (var value in values) AssertSameAsUtf8JsonWriter(value);
    }

    [Fact]
    public async Task ATreeWithEveryKindOfValueIsWrittenAsUtf8JsonWriterWritesIt()
    {
        var executor = Create(
            "type Query { a: A list: [[A]] } type A { s: String i: Int f: Float b: Boolean id: ID t: String n: String }",
            o =>
            {
                object A() => Obj(("s", "é\n\"x\""), ("i", -7), ("f", 2.25), ("b", true), ("id", 12), ("t", new string('y', 40)), ("n", null));
                o.PureResolvers["Query"]["a"] = _ => A();
                o.PureResolvers["Query"]["list"] = _ => new[] { new[] { A(), null }, Array.Empty<object>() };
            });
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a { s i f b id t n } list { s i f b id t n alias: s } }" });

        var expected = new ArrayBufferWriter();
        using (var writer = ExecutionResultWriter.CreateWriter(expected))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            ExecutionResultWriter.WriteValue(result.Data, writer);
            writer.WriteEndObject();
        }

        Assert.Equal(Encoding.UTF8.GetString(expected.Written), ExecutionResultWriter.ToJson(result));
    }

    private static void AssertSameAsUtf8JsonWriter(object? value)
    {
        var expected = new ArrayBufferWriter();
        using (var writer = ExecutionResultWriter.CreateWriter(expected)) ExecutionResultWriter.WriteValue(value, writer);

        var tree = ResultTreeWriter.Rent();
        try
        {
            tree.WriteValue(value);
            Assert.Equal(Convert.ToHexString(expected.Written), Convert.ToHexString(tree.Written));
        }
        finally
        {
            tree.Return();
        }
    }

    private sealed class ArrayBufferWriter : System.Buffers.IBufferWriter<byte>
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _inner = new();

        public byte[] Written => _inner.WrittenSpan.ToArray();

        public void Advance(int count) => _inner.Advance(count);

        public Memory<byte> GetMemory(int sizeHint = 0) => _inner.GetMemory(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => _inner.GetSpan(sizeHint);
    }
}
