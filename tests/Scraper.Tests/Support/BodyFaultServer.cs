using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Scraper.Tests.Support;

/// <summary>
/// A socket server on 127.0.0.1 for faults in the middle of a body, which Kestrel will not stage: pages are answered
/// whole; the one faulty path gets its headers and a first part of its body, then a stall (held until the client
/// gives up), a reset (RST), or bytes without end. Every other path is 404.
/// </summary>
internal sealed class BodyFaultServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, byte[]> pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly string faultyPath;
    private readonly BodyFault fault;
    private readonly Task accepting;
    private long faultyBytesSent;

    public BodyFaultServer(string faultyPath, BodyFault fault)
    {
        this.faultyPath = faultyPath;
        this.fault = fault;
        listener.Start();
        accepting = AcceptAsync();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    /// <summary>The bytes of the faulty path's body sent, over all its requests.</summary>
    public long FaultyBytesSent => Interlocked.Read(ref faultyBytesSent);

    public BodyFaultServer ServePage(string path, string html)
    {
        pages[path] = Encoding.UTF8.GetBytes(html);
        return this;
    }

    public int RequestsTo(string path) => counts.GetValueOrDefault(path);

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
            try
            {
                var stream = client.GetStream();
                var path = await ReadPathAsync(stream);
                if (path is null)
                {
                    return;
                }

                counts.AddOrUpdate(path, 1, (_, n) => n + 1);
                if (path == faultyPath)
                {
                    await FaultAsync(client, stream);
                    return;
                }

                var body = pages.TryGetValue(path, out var page) ? page : [];
                var status = page is null ? "404 Not Found" : "200 OK";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"), stopping.Token);
                await stream.WriteAsync(body, stopping.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up, or the server is stopping.
            }
        }
    }

    private async Task FaultAsync(TcpClient client, NetworkStream stream)
    {
        var length = fault == BodyFault.Endless ? "Transfer-Encoding: chunked" : "Content-Length: 40000";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\n{length}\r\nConnection: close\r\n\r\n"), stopping.Token);
        var chunk = new byte[16 * 1024];
        if (fault == BodyFault.Endless)
        {
            var framed = Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n").Concat(chunk).Concat("\r\n"u8.ToArray()).ToArray();
            while (true)
            {
                await stream.WriteAsync(framed, stopping.Token);
                Interlocked.Add(ref faultyBytesSent, chunk.Length);
            }
        }

        await stream.WriteAsync(chunk.AsMemory(0, 1000), stopping.Token);
        await stream.FlushAsync(stopping.Token);
        Interlocked.Add(ref faultyBytesSent, 1000);
        if (fault == BodyFault.Reset)
        {
            client.Client.LingerState = new LingerOption(true, 0);
            client.Client.Close();
            return;
        }

        await Task.Delay(Timeout.Infinite, stopping.Token);
    }

    private async Task<string?> ReadPathAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[4096];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, stopping.Token);
            if (read == 0)
            {
                return null;
            }

            head.Append(Encoding.Latin1.GetString(buffer, 0, read));
        }

        var target = head.ToString().Split(' ', 3)[1];
        return target.Split('?')[0];
    }
}
