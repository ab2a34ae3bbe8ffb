using static GraphQL.Tests.AspNetCore.HttpHelpers;

namespace GraphQL.Tests.AspNetCore;

/// <summary>GraphQL over HTTP: methods, media types and status codes per the spec's tables.</summary>
public sealed class HttpTransportTests : IAsyncLifetime
{
    private TestGraphQLServer _server = null!;

    public async Task InitializeAsync() => _server = await TestGraphQLServer.StartAsync(o => o.MaxRequestBytes = 4096);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private HttpClient Client => _server.Client;

    [Fact]
    public async Task PostedQueryIsAnsweredWithGraphQLResponseJsonWhenAccepted()
    {
        var response = await Client.PostJsonAsync(J("{'query':'{ hello }'}"));
        await response.AssertAsync(200, GraphQLResponse, J("{'data':{'hello':'Hello, world!'}}"));
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
    }

    [Fact]
    public async Task ResponsesCarryTheirContentLengthInsteadOfChunkedEncoding()
    {
        var response = await Client.PostJsonAsync(J("{'query':'{ hello }'}"));

        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
    }

    [Fact]
    public async Task ContentTypeWithCharsetAndVariablesAndOperationNameAreAccepted()
    {
        var response = await Client.PostJsonAsync(
            J("{'query':'query A { a: hello } query B($n: String) { hello(name: $n) }','operationName':'B','variables':{'n':'Ada'},'extensions':{}}"),
            contentType: "application/json; charset=utf-8");
        await response.AssertAsync(200, GraphQLResponse, J("{'data':{'hello':'Hello, Ada!'}}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5")]
    public async Task WildcardMissingOrPreferredJsonAcceptGetsApplicationJson(string? accept)
    {
        var response = await Client.PostJsonAsync(J("{'query':'{ hello }'}"), accept);
        await response.AssertAsync(200, "application/json", J("{'data':{'hello':'Hello, world!'}}"));
    }

    [Fact]
    public async Task UnacceptableAcceptIs406()
    {
        var response = await Client.PostJsonAsync(J("{'query':'{ hello }'}"), "text/plain");
        await response.AssertAsync(406, "application/json",
            J("{'errors':[{'message':'The Accept header allows none of application/graphql-response+json, application/json or text/event-stream.','extensions':{'code':'NOT_ACCEPTABLE'}}]}"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task UnsupportedContentTypeIs415(string contentType)
    {
        var response = await Client.PostJsonAsync(J("{'query':'{ hello }'}"), contentType: contentType);
        Assert.Equal(415, (int)response.StatusCode);
        Assert.Contains("UNSUPPORTED_MEDIA_TYPE", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostWithoutContentTypeIs415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("{\"query\":\"{ hello }\"}"u8.ToArray()) };
        var response = await Client.SendAsync(request);
        await response.AssertAsync(415, "application/json",
            J("{'errors':[{'message':'The request has no Content-Type; send application/json.','extensions':{'code':'UNSUPPORTED_MEDIA_TYPE'}}]}"));
    }

    [Fact]
    public async Task MalformedJsonIs400UnderBothMediaTypes()
    {
        var expected = J("{'errors':[{'message':'The request body is not valid JSON.','extensions':{'code':'BAD_REQUEST'}}]}");
        await (await Client.PostJsonAsync("{\"query\":")).AssertAsync(400, GraphQLResponse, expected);
        await (await Client.PostJsonAsync("{\"query\":", "application/json")).AssertAsync(400, "application/json", expected);
    }

    [Theory]
    [InlineData("{\"query\":\"{ hello }\"} {}")]
    [InlineData("{\"query\":\"{ hello }\"} x")]
    [InlineData("{\"query\":1,")]
    [InlineData("   ")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":{\"a\":}}")]
    public async Task BodiesThatAreNotOneJsonValueAre400EvenWhenAParameterIsAlsoWrong(string body)
    {
        var response = await Client.PostJsonAsync(body);
        await response.AssertAsync(400, GraphQLResponse, J("{'errors':[{'message':'The request body is not valid JSON.','extensions':{'code':'BAD_REQUEST'}}]}"));
    }

    [Fact]
    public async Task InvalidUtf8InsideAStringIs400NotA500()
    {
        var bytes = "{\"query\":\"{ hello }\",\"operationName\":\"A"u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).Concat("\"}"u8.ToArray()).ToArray();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        var response = await Client.SendAsync(request);
        await response.AssertAsync(400, GraphQLResponse, J("{'errors':[{'message':'The request body is not valid JSON.','extensions':{'code':'BAD_REQUEST'}}]}"));
    }

    [Fact]
    public async Task EscapedParameterNamesAndUnknownParametersAreRead()
    {
        var response = await Client.PostJsonAsync("{\"extra\":{\"deep\":[1,{\"query\":\"no\"}]},\"qu\\u0065ry\":\"{ hello }\",\"operationName\":null}");
        await response.AssertAsync(200, GraphQLResponse, J("{'data':{'hello':'Hello, world!'}}"));
    }

    [Theory]
    [InlineData("{'query':1}", "The \\\"query\\\" parameter must be a string when present.")]
    [InlineData("{'query':'{ hello }','variables':[]}", "The \\\"variables\\\" parameter must be an object when present.")]
    [InlineData("{'query':'{ hello }','operationName':false}", "The \\\"operationName\\\" parameter must be a string when present.")]
    [InlineData("{'query':'{ hello }','extensions':'x'}", "The \\\"extensions\\\" parameter must be an object when present.")]
    [InlineData("{'notquery':'{ hello }'}", "The request must contain a \\\"query\\\" string or a persisted operation \\\"id\\\".")]
    [InlineData("'text'", "A GraphQL request must be a JSON object.")]
    public async Task WronglyTypedParametersAre400WithAClearMessage(string body, string message)
    {
        var response = await Client.PostJsonAsync(J(body));
        await response.AssertAsync(400, GraphQLResponse, "{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}");
    }

    [Fact]
    public async Task EmptyBodyIs400()
    {
        var response = await Client.PostJsonAsync("");
        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task ParseErrorIs400WithoutDataUnderGraphQLResponseJsonAnd200UnderJson()
    {
        var expected = J("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':2}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}");
        await (await Client.PostJsonAsync(J("{'query':'{'}"))).AssertAsync(400, GraphQLResponse, expected);
        await (await Client.PostJsonAsync(J("{'query':'{'}"), "application/json")).AssertAsync(200, "application/json", expected);
    }

    [Fact]
    public async Task ValidationErrorIs400UnderGraphQLResponseJson()
    {
        var response = await Client.PostJsonAsync(J("{'query':'{ nope }'}"));
        await response.AssertAsync(400, GraphQLResponse,
            J("{'errors':[{'message':'Cannot query field \\'nope\\' on type \\'Query\\'.','locations':[{'line':1,'column':3}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}").Replace("\\'", "\\\""));
    }

    [Fact]
    public async Task VariableCoercionErrorIs400UnderGraphQLResponseJson()
    {
        var response = await Client.PostJsonAsync(J("{'query':'query($n: Int!) { numbers(count: $n) }','variables':{'n':'x'}}"));
        Assert.Equal(400, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("BAD_USER_INPUT", body);
        Assert.DoesNotContain("\"data\"", body);
    }

    [Theory]
    [InlineData("1e999", "Infinity")]
    [InlineData("-1e999", "-Infinity")]
    public async Task AVariableBeyondADoubleIsACoercionErrorNotAServerError(string json, string shown)
    {
        // Valid JSON, but no double holds it: read as an infinity (as JSON.parse does), which Int refuses (spec §3.5.1).
        var response = await Client.PostJsonAsync(J("{'query':'query($n: Int!) { numbers(count: $n) }','variables':{'n':" + json + "}}"));
        await response.AssertAsync(400, GraphQLResponse,
            J("{'errors':[{'message':'Variable \\'$n\\' got invalid value " + shown + "; Int cannot represent non-integer value: " + shown
              + "','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}"));
    }

    [Fact]
    public async Task FieldErrorWithDataIs200()
    {
        var response = await Client.PostJsonAsync(J("{'query':'{ hello fail }'}"));
        await response.AssertAsync(200, GraphQLResponse,
            J("{'errors':[{'message':'This field always fails.','locations':[{'line':1,'column':9}],'path':['fail']}],'data':{'hello':'Hello, world!','fail':null}}"));
    }

    [Fact]
    public async Task GetRunsQueriesWithUrlEncodedVariables()
    {
        var response = await Client.GetGraphQLAsync("query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("{\"n\":\"GET\"}"));
        await response.AssertAsync(200, GraphQLResponse, J("{'data':{'hello':'Hello, GET!'}}"));
    }

    [Fact]
    public async Task GetWithMalformedVariablesIs400()
    {
        var response = await Client.GetGraphQLAsync("query=%7Bhello%7D&variables=%5B");
        await response.AssertAsync(400, GraphQLResponse,
            J("{'errors':[{'message':'The \\'variables\\' parameter must be a JSON-encoded object.','extensions':{'code':'BAD_REQUEST'}}]}").Replace("\\'", "\\\""));
    }

    [Fact]
    public async Task MutationOverGetIs405WithAllowPost()
    {
        var response = await Client.GetGraphQLAsync("query=" + Uri.EscapeDataString("mutation { send(text: \"x\") }"));
        await response.AssertAsync(405, "application/json",
            J("{'errors':[{'message':'Mutations cannot be sent with GET; use POST.','extensions':{'code':'METHOD_NOT_ALLOWED'}}]}"));
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task PutIs405()
    {
        var response = await Client.PutAsync("/graphql", new StringContent("{}"));
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task MutationOverPostRuns()
    {
        var response = await Client.PostJsonAsync(J("{'query':'mutation { send(text: \\'hi\\') }'}").Replace("\\'", "\\\""));
        await response.AssertAsync(200, GraphQLResponse, J("{'data':{'send':'hi'}}"));
    }

    [Fact]
    public async Task SubscriptionOverPlainPostAsksForAStreamingTransport()
    {
        var response = await Client.PostJsonAsync(J("{'query':'subscription { countdown(from: 2) }'}"));
        await response.AssertAsync(405, GraphQLResponse,
            J("{'errors':[{'message':'Subscriptions need a streaming transport: send \\'Accept: text/event-stream\\' or use a WebSocket.','extensions':{'code':'STREAMING_TRANSPORT_REQUIRED'}}]}").Replace("\\'", "\\\""));
    }

    [Fact]
    public async Task BodyOverTheLimitIs413()
    {
        var response = await Client.PostJsonAsync("{\"query\":\"{ hello }\",\"pad\":\"" + new string('x', 5000) + "\"}");
        await response.AssertAsync(413, GraphQLResponse,
            J("{'errors':[{'message':'The request body is larger than the limit of 4096 bytes.','extensions':{'code':'REQUEST_TOO_LARGE'}}]}"));
    }

    [Fact]
    public async Task BatchReturnsOneResultPerRequestInOrder()
    {
        var response = await Client.PostJsonAsync(J("[{'query':'{ hello }'},{'query':'{ a: hello(name: \\'B\\') }'},{'query':1}]").Replace("\\'", "\\\""));
        await response.AssertAsync(200, GraphQLResponse,
            J("[{'data':{'hello':'Hello, world!'}},{'data':{'a':'Hello, B!'}},{'errors':[{'message':'The \\'query\\' parameter must be a string when present.','extensions':{'code':'BAD_REQUEST'}}]}]").Replace("\\'", "\\\""));
    }

    [Fact]
    public async Task BatchOverTheCapIs400()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ hello }\"}", 11)) + "]";
        var response = await Client.PostJsonAsync(batch);
        await response.AssertAsync(400, GraphQLResponse,
            J("{'errors':[{'message':'The batch holds 11 requests, more than the limit of 10.','extensions':{'code':'BATCH_TOO_LARGE'}}]}"));
    }

    [Fact]
    public async Task SdlRequestReturnsTheSchemaText()
    {
        var response = await Client.GetAsync("/graphql?sdl");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain", response.MediaType());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", text);
        Assert.Contains("hello(name: String = \"world\"): String!", text);
    }

    [Fact]
    public async Task HttpUserFlowsIntoResolvers()
    {
        var response = await Client.PostJsonAsync(J("{'query':'{ me }'}"), configure: r => r.Headers.Add("X-Test-User", "ada"));
        await response.AssertAsync(200, GraphQLResponse, J("{'data':{'me':'ada'}}"));
    }

    [Fact]
    public async Task IntrospectionIsOnByDefault()
    {
        var response = await Client.PostJsonAsync(J("{'query':'{ __schema { queryType { name } } }'}"));
        await response.AssertAsync(200, GraphQLResponse, J("{'data':{'__schema':{'queryType':{'name':'Query'}}}}"));
    }
}
