using System.Text.Json;

namespace GraphQL.AspNetCore.Uploads;

/// <summary>The parts of a multipart request, or why it was rejected. Disposed with the response (files, temp files).</summary>
internal sealed class MultipartRequest : IAsyncDisposable
{
    public JsonDocument? Operations { get; set; }
    public Dictionary<string, string[]>? Map { get; set; }
    public Dictionary<string, UploadedFile> Files { get; } = new(StringComparer.Ordinal);

    public (int Status, string Code, string Message)? Error { get; private set; }

    public MultipartRequest Fail(int status, string code, string message)
    {
        Error ??= (status, code, message);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        Operations?.Dispose();
        foreach (var file in Files.Values) await file.DisposeAsync().ConfigureAwait(false);
    }
}
