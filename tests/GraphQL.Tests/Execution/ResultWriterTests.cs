using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>The response as UTF-8 JSON (spec §7.1): errors, data, extensions, in that order, byte for byte.</summary>
public sealed class ResultWriterTests
{
    [Fact]
    public async Task ASampleResponseIsWrittenByteForByte()
    {
        var executor = Create(
            "type Query { product: Product fail: String } type Product { name: String price: Float cents: Int tags: [String] sale: Boolean }",
            o =>
            {
                o.PureResolvers["Query"]["product"] = _ => Obj(("name", "Café \"Crème\" ☕"), ("price", 1.5), ("cents", 150), ("tags", new[] { "a", null }), ("sale", false));
                o.PureResolvers["Query"]["fail"] = _ => throw new GraphQLException("No.", "NOPE");
            });
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ product { name price cents tags sale } fail }" });

        var bytes = ExecutionResultWriter.ToUtf8Bytes(result);

        var expected = "{\"errors\":[{\"message\":\"No.\",\"locations\":[{\"line\":1,\"column\":42}],\"path\":[\"fail\"],\"extensions\":{\"code\":\"NOPE\"}}],"
                       + "\"data\":{\"product\":{\"name\":\"Café \\\"Crème\\\" ☕\",\"price\":1.5,\"cents\":150,\"tags\":[\"a\",null],\"sale\":false},\"fail\":null}}";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes);
    }

    [Fact]
    public async Task WriteAsyncWritesTheSameBytesToAStream()
    {
        var result = ExecutionResult.FromError(GraphQLError.WithCode("Bad.", ErrorCodes.BadRequest));
        using var stream = new MemoryStream();

        await ExecutionResultWriter.WriteAsync(result, stream);

        Assert.Equal(ExecutionResultWriter.ToUtf8Bytes(result), stream.ToArray());
        Assert.Equal(J("{'errors':[{'message':'Bad.','extensions':{'code':'BAD_REQUEST'}}]}"), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void ExtensionsComeLastAndARequestErrorHasNoDataEntry()
    {
        var result = new ExecutionResult
        {
            Errors = new[] { new GraphQLError("x") },
            Extensions = new Dictionary<string, object?> { ["cost"] = 3L },
        };

        Assert.Equal(J("{'errors':[{'message':'x'}],'extensions':{'cost':3}}"), ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public void JsonVariablesBecomePlainInputValues()
    {
        using var json = JsonDocument.Parse("""{"i":1,"l":3000000000,"big":123456789012345678901234,"f":1.5,"s":"x","n":null,"list":[true,false],"o":{"k":"v"}}""");

        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(JsonInputConverter.ToInputValue(json.RootElement));

        Assert.Equal(1, Assert.IsType<int>(value["i"]));
        Assert.Equal(3000000000L, Assert.IsType<long>(value["l"]));
        Assert.Equal(123456789012345678901234m, Assert.IsType<decimal>(value["big"]));
        Assert.Equal(1.5, Assert.IsType<double>(value["f"]));
        Assert.Equal("x", value["s"]);
        Assert.Null(value["n"]);
        Assert.Equal(new object?[] { true, false }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(value["list"]));
        Assert.Equal("v", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value["o"])["k"]);
    }
}
