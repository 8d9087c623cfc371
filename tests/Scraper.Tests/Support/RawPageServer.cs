using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Scraper.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers each path with exact bytes and headers (a page in windows-1252 or
/// UTF-16, a Content-Type that lies, none at all), the same answer every time, and notes when each request arrived
/// by its own clock, so a test reads the gaps between attempts as the site saw them.
/// </summary>
internal sealed class RawPageServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RawAnswer> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> arrivals = new(StringComparer.Ordinal);
    private WebApplication app = null!;

    private RawPageServer()
    {
    }

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<RawPageServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new RawPageServer();
        (server.app, server.BaseUrl) = await LoopbackApp.StartAsync(server.HandleAsync, cancellationToken);
        return server;
    }

    public RawPageServer Serve(string path, RawAnswer answer)
    {
        routes[path] = answer;
        return this;
    }

    public int RequestsTo(string path) => arrivals.TryGetValue(path, out var times) ? times.Count : 0;

    /// <summary>The time between each request to the path and the one before it, by the server's clock.</summary>
    public IReadOnlyList<TimeSpan> GapsBetweenRequests(string path)
    {
        var times = arrivals.TryGetValue(path, out var queue) ? queue.ToArray() : [];
        return [.. times.Zip(times.Skip(1), (earlier, later) => Stopwatch.GetElapsedTime(earlier, later))];
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        arrivals.GetOrAdd(path, _ => new ConcurrentQueue<long>()).Enqueue(Stopwatch.GetTimestamp());
        if (!routes.TryGetValue(path, out var answer))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.StatusCode = answer.Status;
        if (answer.ContentType is not null)
        {
            context.Response.Headers.ContentType = answer.ContentType;
        }

        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }
}
