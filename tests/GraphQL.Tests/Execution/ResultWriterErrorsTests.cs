using System.Buffers;
using System.Text;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;

namespace GraphQL.Tests.Execution;

/// <summary><see cref="ExecutionResultWriter.WriteErrors"/>: the errors array alone, as a response would hold it.</summary>
public sealed class ResultWriterErrorsTests
{
    private static readonly GraphQLError[] s_errors =
    {
        new("Cannot query field \"nope\" on type \"Query\".", new[] { new ErrorLocation(1, 3), new ErrorLocation(2, 5) },
            extensions: new Dictionary<string, object?> { ["code"] = "GRAPHQL_VALIDATION_FAILED" }),
        new("Café ☕ failed.", path: new object[] { "products", 0, "name" }, extensions: new Dictionary<string, object?> { ["code"] = "NOPE", ["retry"] = false }),
        new("Bare."),
    };

    [Fact]
    public void TheArrayIsByteForByteTheErrorsEntryOfTheResponse()
    {
        var response = Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(ExecutionResult.FromErrors(s_errors)));

        var errors = Write(s_errors);

        Assert.Equal("{\"errors\":" + errors + "}", response);
    }

    [Fact]
    public void EachErrorHasItsMessageLocationsPathAndExtensions()
    {
        Assert.Equal(
            "[{\"message\":\"Cannot query field \\\"nope\\\" on type \\\"Query\\\".\",\"locations\":[{\"line\":1,\"column\":3},{\"line\":2,\"column\":5}],"
            + "\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}},"
            + "{\"message\":\"Café ☕ failed.\",\"path\":[\"products\",0,\"name\"],\"extensions\":{\"code\":\"NOPE\",\"retry\":false}},"
            + "{\"message\":\"Bare.\"}]",
            Write(s_errors));
    }

    [Fact]
    public void NoErrorsIsAnEmptyArray() => Assert.Equal("[]", Write(Array.Empty<GraphQLError>()));

    private static string Write(IReadOnlyList<GraphQLError> errors)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = ExecutionResultWriter.CreateWriter(buffer))
        {
            ExecutionResultWriter.WriteErrors(errors, writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
