using System.Text.Json;

namespace GraphQL.Subscriptions.Postgres;

/// <summary>
/// The NOTIFY payload: <c>{"t": topic, "p": message-json}</c>, <c>{"t": topic, "r": row-id}</c> for a stored
/// message, or <c>{"t": topic, "c": true}</c> when the topic completes. The message stays JSON text so that
/// each subscriber deserialises it into its own type.
/// </summary>
internal readonly record struct Envelope(string Topic, string? Payload, long? StoredId, bool IsComplete)
{
    public static string Message(string topic, string json) => Write(topic, w => w.WriteString("p", json));

    public static string Stored(string topic, long id) => Write(topic, w => w.WriteNumber("r", id));

    public static string Completion(string topic) => Write(topic, w => w.WriteBoolean("c", true));

    public static Envelope Parse(string raw)
    {
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement;
        var topic = root.GetProperty("t").GetString()!;
        if (root.TryGetProperty("c", out _)) return new Envelope(topic, null, null, true);
        if (root.TryGetProperty("r", out var id)) return new Envelope(topic, null, id.GetInt64(), false);
        return new Envelope(topic, root.GetProperty("p").GetString(), null, false);
    }

    private static string Write(string topic, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("t", topic);
            body(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
