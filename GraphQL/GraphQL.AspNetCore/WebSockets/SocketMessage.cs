using System.Text.Json;
using GraphQL.Execution;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>A received message: its <c>type</c>, <c>id</c> and <c>payload</c>, or why there is none.</summary>
internal readonly struct SocketMessage
{
    private SocketMessage(SocketMessageKind kind, string? type = null, string? id = null, bool hasId = false, JsonElement payload = default)
    {
        Kind = kind;
        Type = type;
        Id = id;
        HasId = hasId;
        Payload = payload;
    }

    public static SocketMessage Closed => new(SocketMessageKind.Closed);
    public static SocketMessage Invalid => new(SocketMessageKind.Invalid);
    public static SocketMessage TooLarge => new(SocketMessageKind.TooLarge);

    public SocketMessageKind Kind { get; }
    public string? Type { get; }

    /// <summary>The <c>id</c> when it is a string.</summary>
    public string? Id { get; }

    /// <summary>Whether an <c>id</c> entry was present at all (of any type).</summary>
    public bool HasId { get; }

    /// <summary>The payload (a clone, valid after the buffer is returned); <c>Undefined</c> when absent.</summary>
    public JsonElement Payload { get; }

    /// <summary>The payload as a dictionary when it is an object, null when absent or null; false when it is anything else.</summary>
    public bool TryGetPayloadObject(out IReadOnlyDictionary<string, object?>? payload)
    {
        payload = null;
        if (Payload.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return true;
        if (Payload.ValueKind != JsonValueKind.Object) return false;
        payload = JsonInputConverter.ToInputObject(Payload);
        return true;
    }

    public static SocketMessage Parse(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) return Invalid;
        string? type = null, id = null;
        var hasId = false;
        JsonElement payload = default;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "type":
                    if (property.Value.ValueKind != JsonValueKind.String) return Invalid;
                    type = property.Value.GetString();
                    break;
                case "id":
                    hasId = true;
                    if (property.Value.ValueKind == JsonValueKind.String) id = property.Value.GetString();
                    break;
                case "payload":
                    payload = property.Value.Clone();
                    break;
            }
        }

        return type is null ? Invalid : new SocketMessage(SocketMessageKind.Message, type, id, hasId, payload);
    }
}

internal enum SocketMessageKind
{
    Message,
    Closed,
    Invalid,
    TooLarge,
}
