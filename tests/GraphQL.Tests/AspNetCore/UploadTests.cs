using System.Net.Http.Headers;
using System.Text;
using static GraphQL.Tests.AspNetCore.HttpHelpers;

namespace GraphQL.Tests.AspNetCore;

/// <summary>The GraphQL multipart request spec: files into <c>Upload</c> variables, the CSRF preflight, limits.</summary>
public sealed class UploadTests : IAsyncLifetime
{
    private TestGraphQLServer _server = null!;

    public async Task InitializeAsync() => _server = await TestGraphQLServer.StartAsync(o =>
    {
        o.Uploads.MaxFileBytes = 200_000;
        o.Uploads.MemoryThresholdBytes = 1024;
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static MultipartFormDataContent Multipart(string operations, string map, params (string Key, string Name, string Content)[] files)
    {
        var content = new MultipartFormDataContent { { new StringContent(operations), "operations" }, { new StringContent(map), "map" } };
        foreach (var (key, name, text) in files)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            content.Add(file, key, name);
        }

        return content;
    }

    private Task<HttpResponseMessage> PostAsync(MultipartFormDataContent content, bool preflight = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponse);
        if (preflight) request.Headers.Add("GraphQL-Preflight", "1");
        return _server.Client.SendAsync(request);
    }

    [Fact]
    public async Task SingleFileReachesTheResolverAsIUploadedFile()
    {
        var response = await PostAsync(Multipart(
            J("{'query':'mutation($f: Upload!) { upload(file: $f) { name size contentType text } }','variables':{'f':null}}"),
            J("{'0':['variables.f']}"), ("0", "a.txt", "alpha")));
        await response.AssertAsync(200, GraphQLResponse, J("{'data':{'upload':{'name':'a.txt','size':5,'contentType':'text/plain','text':'alpha'}}}"));
    }

    [Fact]
    public async Task FilesInAListAndALargeFileSpilledToDiskArriveIntact()
    {
        var large = new string('x', 50_000) + "END";
        var response = await PostAsync(Multipart(
            J("{'query':'mutation($fs: [Upload!]!) { uploadMany(files: $fs) { name size text } }','variables':{'fs':[null,null]}}"),
            J("{'a':['variables.fs.0'],'b':['variables.fs.1']}"), ("a", "small.txt", "small"), ("b", "large.txt", large)));
        await response.AssertAsync(200, GraphQLResponse,
            J("{'data':{'uploadMany':[{'name':'small.txt','size':5,'text':'small'},{'name':'large.txt','size':50003,'text':'xxxxxxxxxxxxxxxx…xxxxxxxxxxxxxEND'}]}}"));
    }

    [Fact]
    public async Task BatchedMultipartMapsFilesPerOperation()
    {
        var response = await PostAsync(Multipart(
            J("[{'query':'mutation($f: Upload!) { upload(file: $f) { text } }','variables':{'f':null}},{'query':'mutation($f: Upload!) { upload(file: $f) { text } }','variables':{'f':null}}]"),
            J("{'1':['0.variables.f'],'2':['1.variables.f']}"), ("1", "1.txt", "one"), ("2", "2.txt", "two")));
        await response.AssertAsync(200, GraphQLResponse, J("[{'data':{'upload':{'text':'one'}}},{'data':{'upload':{'text':'two'}}}]"));
    }

    [Fact]
    public async Task MultipartWithoutPreflightHeaderIsRejected()
    {
        var response = await PostAsync(Multipart(J("{'query':'mutation($f: Upload!) { upload(file: $f) { text } }','variables':{'f':null}}"), J("{'0':['variables.f']}"), ("0", "a.txt", "a")), preflight: false);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("\"code\":\"PREFLIGHT_REQUIRED\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FileOverTheLimitIs413()
    {
        var response = await PostAsync(Multipart(J("{'query':'mutation($f: Upload!) { upload(file: $f) { text } }','variables':{'f':null}}"), J("{'0':['variables.f']}"), ("0", "big.txt", new string('y', 200_001))));
        await response.AssertAsync(413, GraphQLResponse,
            J("{'errors':[{'message':'The file \\'big.txt\\' is larger than the limit of 200000 bytes.','extensions':{'code':'FILE_TOO_LARGE'}}]}"));
    }

    [Fact]
    public async Task MapPathThatNamesNoVariableIs400()
    {
        var response = await PostAsync(Multipart(J("{'query':'mutation($f: Upload!) { upload(file: $f) { text } }','variables':{'f':null}}"), J("{'0':['variables.g']}"), ("0", "a.txt", "a")));
        await response.AssertAsync(400, GraphQLResponse,
            J("{'errors':[{'message':'The \\'map\\' path \\'variables.g\\' of file \\'0\\' does not name a variable value.','extensions':{'code':'BAD_REQUEST'}}]}"));
    }
}
