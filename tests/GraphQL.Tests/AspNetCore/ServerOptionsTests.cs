using System.Security.Cryptography;
using System.Text;
using static GraphQL.Tests.AspNetCore.HttpHelpers;

namespace GraphQL.Tests.AspNetCore;

/// <summary>Options that change what the endpoint accepts: introspection, persisted operations, GET.</summary>
public sealed class ServerOptionsTests
{
    [Fact]
    public async Task DisabledIntrospectionAnswersIntrospectionDisabledButRunsOtherQueries()
    {
        await using var server = await TestGraphQLServer.StartAsync(o => o.AllowIntrospection = false);
        var rejected = await server.Client.PostJsonAsync(J("{'query':'query { ...F } fragment F on Query { __type(name: \\'Query\\') { name } }'}").Replace("\\'", "\\\""));
        await rejected.AssertAsync(400, GraphQLResponse,
            J("{'errors':[{'message':'Introspection is disabled on this endpoint.','extensions':{'code':'INTROSPECTION_DISABLED'}}]}"));

        var allowed = await server.Client.PostJsonAsync(J("{'query':'{ __typename hello }'}"));
        await allowed.AssertAsync(200, GraphQLResponse, J("{'data':{'__typename':'Query','hello':'Hello, world!'}}"));
    }

    [Fact]
    public async Task PersistedOperationsRunByIdOrApolloHashAndUnknownIdsAreNotFound()
    {
        var directory = Directory.CreateTempSubdirectory("persisted").FullName;
        const string document = "query Greeting($n: String) { hello(name: $n) }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
        await File.WriteAllTextAsync(Path.Combine(directory, hash + ".graphql"), document);
        await using var server = await TestGraphQLServer.StartAsync(o => o.PersistedOperationsDirectory = directory);

        await (await server.Client.PostJsonAsync("{\"id\":\"" + hash + "\",\"variables\":{\"n\":\"id\"}}"))
            .AssertAsync(200, GraphQLResponse, J("{'data':{'hello':'Hello, id!'}}"));
        await (await server.Client.PostJsonAsync("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}}"))
            .AssertAsync(200, GraphQLResponse, J("{'data':{'hello':'Hello, world!'}}"));
        await (await server.Client.GetGraphQLAsync("id=" + hash))
            .AssertAsync(200, GraphQLResponse, J("{'data':{'hello':'Hello, world!'}}"));
        await (await server.Client.PostJsonAsync(J("{'id':'0000'}")))
            .AssertAsync(400, GraphQLResponse, J("{'errors':[{'message':'The persisted operation \\'0000\\' was not found.','extensions':{'code':'PERSISTED_OPERATION_NOT_FOUND'}}]}").Replace("\\'", "\\\""));
        await (await server.Client.PostJsonAsync(J("{'id':'../../etc/passwd'}")))
            .AssertAsync(400, GraphQLResponse, J("{'errors':[{'message':'The persisted operation \\'../../etc/passwd\\' was not found.','extensions':{'code':'PERSISTED_OPERATION_NOT_FOUND'}}]}").Replace("\\'", "\\\""));
    }

    [Fact]
    public async Task OnlyPersistedOperationsRejectsDocuments()
    {
        await using var server = await TestGraphQLServer.StartAsync(o => o.OnlyPersistedOperations = true);
        await (await server.Client.PostJsonAsync(J("{'query':'{ hello }'}"))).AssertAsync(400, GraphQLResponse,
            """{"errors":[{"message":"This endpoint only runs persisted operations: send the operation's \"id\" instead of a \"query\".","extensions":{"code":"PERSISTED_OPERATION_ONLY"}}]}""");
    }

    [Fact]
    public async Task DisabledGetRequestsAre405()
    {
        await using var server = await TestGraphQLServer.StartAsync(o => o.EnableGetRequests = false);
        var response = await server.Client.GetGraphQLAsync("query=%7Bhello%7D");
        Assert.Equal(405, (int)response.StatusCode);
    }
}
