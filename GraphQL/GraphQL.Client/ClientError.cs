using System.Text.Json;

namespace GraphQL.Client;

/// <summary>A GraphQL error as the server reported it (spec §7.1.2 "Errors").</summary>
public interface IClientError
{
    /// <summary>The error's description, meant for the developer.</summary>
    string Message { get; }

    /// <summary>The response path of the field that failed (names and list indices), or null for request errors.</summary>
    IReadOnlyList<object>? Path { get; }

    /// <summary>Where in the operation document the error is, or empty.</summary>
    IReadOnlyList<ClientErrorLocation> Locations { get; }

    /// <summary><c>extensions.code</c> when it is a string, e.g. <c>AUTH_NOT_AUTHORIZED</c>.</summary>
    string? Code { get; }

    /// <summary>The error's <c>extensions</c> entry.</summary>
    IReadOnlyDictionary<string, JsonElement> Extensions { get; }
}

/// <summary>A line and column (both 1-based) of the operation document that an error refers to.</summary>
public readonly record struct ClientErrorLocation(int Line, int Column);

/// <summary>The runtime's implementation of <see cref="IClientError"/>.</summary>
public sealed class ClientError : IClientError
{
    private static readonly IReadOnlyDictionary<string, JsonElement> s_noExtensions = new Dictionary<string, JsonElement>();

    public ClientError(
        string message,
        IReadOnlyList<object>? path = null,
        IReadOnlyList<ClientErrorLocation>? locations = null,
        IReadOnlyDictionary<string, JsonElement>? extensions = null)
    {
        Message = message;
        Path = path;
        Locations = locations ?? Array.Empty<ClientErrorLocation>();
        Extensions = extensions ?? s_noExtensions;
        Code = Extensions.TryGetValue("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
    }

    public string Message { get; }

    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyList<ClientErrorLocation> Locations { get; }

    public string? Code { get; }

    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    public override string ToString()
    {
        var text = Message;
        if (Code is not null) text += " (" + Code + ")";
        if (Path is { Count: > 0 }) text += " at " + string.Join(".", Path);
        return text;
    }
}
