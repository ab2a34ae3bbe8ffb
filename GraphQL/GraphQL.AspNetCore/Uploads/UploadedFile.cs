using GraphQL.Types;

namespace GraphQL.AspNetCore.Uploads;

/// <summary>
/// A file of a multipart request: small files are kept in memory, larger ones in a temporary file
/// that is deleted when the request ends (<see cref="DisposeAsync"/>).
/// </summary>
internal sealed class UploadedFile : IUploadedFile, IAsyncDisposable
{
    private readonly byte[]? _bytes;
    private readonly FileStream? _file;

    private UploadedFile(string name, string? contentType, long length, byte[]? bytes, FileStream? file)
    {
        Name = name;
        ContentType = contentType;
        Length = length;
        _bytes = bytes;
        _file = file;
    }

    public string Name { get; }
    public long? Length { get; }
    public string? ContentType { get; }

    public static UploadedFile InMemory(string name, string? contentType, byte[] bytes, int length) =>
        new(name, contentType, length, bytes.AsSpan(0, length).ToArray(), null);

    public static UploadedFile OnDisk(string name, string? contentType, FileStream file) =>
        new(name, contentType, file.Length, null, file);

    /// <summary>A new read-only stream over the content; each call starts at the beginning.</summary>
    public Stream OpenReadStream()
    {
        if (_bytes is not null) return new MemoryStream(_bytes, writable: false);
        return new FileStream(_file!.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);
    }

    public ValueTask DisposeAsync() => _file?.DisposeAsync() ?? ValueTask.CompletedTask;
}
