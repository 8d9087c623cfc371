using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Scraper.Tests.Support;

/// <summary>
/// A TCP listener on 127.0.0.1 that hands each connection to <c>answer</c>, for the raw socket servers: the faults
/// and bytes Kestrel will not send. Disposing it stops accepting and cancels the answers under way.
/// </summary>
internal sealed class LoopbackListener : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Func<TcpClient, CancellationToken, Task> answer;
    private readonly Task accepting;

    public LoopbackListener(Func<TcpClient, CancellationToken, Task> answer)
    {
        this.answer = answer;
        listener.Start();
        accepting = AcceptAsync();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    /// <summary>A request's head (request line and headers, each char one byte); null when the client hung up first.</summary>
    public static async Task<string?> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        var buffer = new byte[4096];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return null;
            }

            head.Append(Encoding.Latin1.GetString(buffer, 0, read));
        }

        return head.ToString();
    }

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
            _ = answer(client, stopping.Token);
        }
    }
}
