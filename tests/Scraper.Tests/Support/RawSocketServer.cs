using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Scraper.Tests.Support;

/// <summary>
/// A server on 127.0.0.1 that answers every request with the same raw bytes, for responses Kestrel will not send
/// (a header name holding terminal escape sequences). Reads each request's head, writes the bytes, closes.
/// </summary>
internal sealed class RawSocketServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly byte[] response;
    private readonly Task accepting;
    private int requests;

    private RawSocketServer(string response)
    {
        this.response = Encoding.Latin1.GetBytes(response);
        listener.Start();
        accepting = AcceptAsync();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    public int Requests => Volatile.Read(ref requests);

    /// <param name="response">The whole response, status line to body, each char one byte.</param>
    public static RawSocketServer Answering(string response) => new(response);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped while waiting for a connection.
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var head = new StringBuilder();
            var buffer = new byte[4096];
            while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, stopping.Token);
                if (read == 0)
                {
                    return;
                }

                head.Append(Encoding.Latin1.GetString(buffer, 0, read));
            }

            Interlocked.Increment(ref requests);
            await stream.WriteAsync(response, stopping.Token);
        }
    }
}
