using System.Net.WebSockets;
using System.Text;

namespace GraphQL.Tests.AspNetCore;

/// <summary>A raw <see cref="ClientWebSocket"/> speaking one GraphQL subprotocol: whole text messages in and out.</summary>
internal static class WebSocketHelpers
{
    public static async Task<ClientWebSocket> ConnectAsync(Uri uri, string protocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(protocol);
        await socket.ConnectAsync(uri, CancellationToken.None);
        Assert.Equal(protocol, socket.SubProtocol);
        return socket;
    }

    public static Task SendAsync(ClientWebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message as text, or <c>close &lt;code&gt;</c> when the server closed the socket.</summary>
    public static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) return "close " + (int?)socket.CloseStatus;
            length += result.Count;
            if (result.EndOfMessage) return Encoding.UTF8.GetString(buffer, 0, length);
        }
    }
}
