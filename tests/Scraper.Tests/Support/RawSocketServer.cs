using System.Net.Sockets;
using System.Text;

namespace Scraper.Tests.Support;

/// <summary>
/// A server on 127.0.0.1 that answers every request with the same raw bytes, for responses Kestrel will not send
/// (a header name holding terminal escape sequences). Reads each request's head, writes the bytes, closes.
/// </summary>
internal sealed class RawSocketServer : IAsyncDisposable
{
    private readonly byte[] response;
    private readonly LoopbackListener listener;
    private int requests;

    private RawSocketServer(string response)
    {
        this.response = Encoding.Latin1.GetBytes(response);
        listener = new LoopbackListener(AnswerAsync);
    }

    public Uri BaseUrl => listener.BaseUrl;

    public int Requests => Volatile.Read(ref requests);

    /// <param name="response">The whole response, status line to body, each char one byte.</param>
    public static RawSocketServer Answering(string response) => new(response);

    public ValueTask DisposeAsync() => listener.DisposeAsync();

    private async Task AnswerAsync(TcpClient client, CancellationToken stopping)
    {
        using (client)
        {
            var stream = client.GetStream();
            if (await LoopbackListener.ReadHeadAsync(stream, stopping) is null)
            {
                return;
            }

            Interlocked.Increment(ref requests);
            await stream.WriteAsync(response, stopping);
        }
    }
}
