using System.Text.Json;

namespace GraphQL.Client;

/// <summary>
/// Writes the GraphQL-over-HTTP request object <c>{"query", "operationName", "variables", "extensions"}</c>,
/// or its persisted form (<c>id</c> or the <c>persistedQuery</c> extension instead of <c>query</c>).
/// The same object is the <c>payload</c> of a graphql-transport-ws <c>subscribe</c> message.
/// </summary>
internal static class RequestBodyWriter
{
    public static void Write(Utf8JsonWriter writer, OperationRequest request, bool sendDocument, bool sendHash, PersistedOperationFormat format)
    {
        writer.WriteStartObject();
        if (sendHash && format == PersistedOperationFormat.Id) writer.WriteString("id", request.Hash);
        if (sendDocument) writer.WriteString("query", request.Document);
        writer.WriteString("operationName", request.Name);
        if (!request.Variables.IsEmpty)
        {
            writer.WritePropertyName("variables");
            writer.WriteRawValue(request.Variables.Span, skipInputValidation: true);
        }

        if (sendHash && format == PersistedOperationFormat.PersistedQueryExtension)
        {
            writer.WriteStartObject("extensions");
            writer.WriteStartObject("persistedQuery");
            writer.WriteNumber("version", 1);
            writer.WriteString("sha256Hash", request.Hash);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static byte[] ToBytes(OperationRequest request, bool sendDocument, bool sendHash, PersistedOperationFormat format)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(request.Document.Length + request.Variables.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, request, sendDocument, sendHash, format);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
