using System.Net;

namespace Scraper.Fetching;

/// <summary>The one long-lived HttpClient of a run.</summary>
public static class HttpClientFactory
{
    public static HttpClient Create(FetchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by PageFetcher so that each hop can be checked to stay on the site.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            MaxConnectionsPerServer = Math.Max(1, options.Concurrency),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = options.AttemptTimeout,
            UseCookies = false,
            ConnectCallback = ConnectTimed,
        };
        var client = new HttpClient(handler)
        {
            // Polly's per-attempt timeout governs; this is only a backstop.
            Timeout = Timeout.InfiniteTimeSpan,
            MaxResponseContentBufferSize = options.MaxPageBytes,
        };
        // Not parsed as product tokens: a --user-agent such as "ExampleBot, contact ops@example.org" is sent as given.
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
        return client;
    }

    // The default connect, timed: the time goes to the phases of the request that asked for the connection
    // (a connection may end up serving another request; then that one's connect shows on the first).
    private static async ValueTask<Stream> ConnectTimed(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        if (context.InitialRequestMessage.Options.TryGetValue(RequestPhases.Key, out var phases))
        {
            phases.AddConnect(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }

        return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
    }
}
