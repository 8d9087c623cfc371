using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<string, byte[]> pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly string faultyPath;
    private readonly BodyFault fault;
    private readonly LoopbackListener listener;
    private long faultyBytesSent;

    public BodyFaultServer(string faultyPath, BodyFault fault)
    {
        this.faultyPath = faultyPath;
        this.fault = fault;
        listener = new LoopbackListener(AnswerAsync);
    }

    public Uri BaseUrl => listener.BaseUrl;

    /// <summary>The bytes of the faulty path's body sent, over all its requests.</summary>
    public long FaultyBytesSent => Interlocked.Read(ref faultyBytesSent);

    public BodyFaultServer ServePage(string path, string html)
    {
        pages[path] = Encoding.UTF8.GetBytes(html);
        return this;
    }

    public int RequestsTo(string path) => counts.GetValueOrDefault(path);

    public ValueTask DisposeAsync() => listener.DisposeAsync();

    private async Task AnswerAsync(TcpClient client, CancellationToken stopping)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = await ReadPathAsync(stream, stopping);
                if (path is null)
                {
                    return;
                }

                counts.AddOrUpdate(path, 1, (_, n) => n + 1);
                if (path == faultyPath)
                {
                    await FaultAsync(client, stream, stopping);
                    return;
                }

                var body = pages.TryGetValue(path, out var page) ? page : [];
                var status = page is null ? "404 Not Found" : "200 OK";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"), stopping);
                await stream.WriteAsync(body, stopping);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up, or the server is stopping.
            }
        }
    }

    private async Task FaultAsync(TcpClient client, NetworkStream stream, CancellationToken stopping)
    {
        var length = fault == BodyFault.Endless ? "Transfer-Encoding: chunked" : "Content-Length: 40000";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\n{length}\r\nConnection: close\r\n\r\n"), stopping);
        var chunk = new byte[16 * 1024];
        if (fault == BodyFault.Endless)
        {
            var framed = Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n").Concat(chunk).Concat("\r\n"u8.ToArray()).ToArray();
            while (true)
            {
                await stream.WriteAsync(framed, stopping);
                Interlocked.Add(ref faultyBytesSent, chunk.Length);
            }
        }

        await stream.WriteAsync(chunk.AsMemory(0, 1000), stopping);
        await stream.FlushAsync(stopping);
        Interlocked.Add(ref faultyBytesSent, 1000);
        if (fault == BodyFault.Reset)
        {
            client.Client.LingerState = new LingerOption(true, 0);
            client.Client.Close();
            return;
        }

        await Task.Delay(Timeout.Infinite, stopping);
    }

    private static async Task<string?> ReadPathAsync(NetworkStream stream, CancellationToken stopping) =>
        await LoopbackListener.ReadHeadAsync(stream, stopping) is { } head ? head.Split(' ', 3)[1].Split('?')[0] : null;
}
