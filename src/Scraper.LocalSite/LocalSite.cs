using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scraper.LocalSite.Faults;
using Scraper.LocalSite.Hosting;
using Scraper.LocalSite.Pages;
using Scraper.LocalSite.Replay;
using Scraper.LocalSite.Stats;

namespace Scraper.LocalSite;

/// <summary>
/// The embedded dictionary site: Macmillan's URL scheme and markup on a Kestrel server bound to 127.0.0.1, with
/// made-up latency and reproducible faults. Start it, point a client at <see cref="BaseUrl"/>, dispose it.
/// </summary>
/// <remarks>
/// Pages: <c>/dictionary/british/{slug}</c> and <c>/us/dictionary/american/{slug}</c>. The 13 words of keywords.txt
/// have hand-written entries (love, like, call and buzz have two homographs, on <c>_1</c> and <c>_2</c>); any other slug
/// of lowercase letters, digits and single dashes gets a generated entry; a slug starting with "zz" is unknown and
/// gets the "Sorry, no search result" page (status 200). Anything else is 404. Pages carry an ETag and a matching
/// If-None-Match gets 304. <c>/__stats</c> and <c>/__reset</c> return the counters as JSON. With
/// <see cref="LocalSiteOptions.ReplayDirectory"/>, the pages are those of a --cache directory instead.
/// </remarks>
public sealed class LocalSite : IAsyncDisposable
{
    private const int CachedPages = 512;

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private readonly StatsCounter _stats;
    private int _disposed;

    private LocalSite(WebApplication app, CancellationTokenSource stopping, StatsCounter stats, Uri baseUrl, int replayedPages)
    {
        _app = app;
        _stopping = stopping;
        _stats = stats;
        BaseUrl = baseUrl;
        ReplayedPages = replayedPages;
    }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>With <see cref="LocalSiteOptions.ReplayDirectory"/>: how many cached pages the site serves; else 0.</summary>
    public int ReplayedPages { get; }

    public static async Task<LocalSite> StartAsync(LocalSiteOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfNegative(options.LatencyMs, nameof(options.LatencyMs));
        ArgumentOutOfRangeException.ThrowIfNegative(options.JitterMs, nameof(options.JitterMs));
        var faults = new FaultPlan(options);
        var replay = options.ReplayDirectory is { } directory ? ReplayPages.Load(directory, new PageCache(CachedPages), cancellationToken) : null;
        IPageSource pages = replay as IPageSource ?? new DictionaryPages(new PageCache(CachedPages));

        // The empty builder reads no configuration and adds no logging: nothing reaches the console.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();

        var stopping = new CancellationTokenSource();
        var stats = new StatsCounter(options.TrackedPaths);
        var handler = new RequestHandler(options, stats, faults, pages, stopping.Token);
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            stopping.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LocalSite(app, stopping, stats, new Uri(address.TrimEnd('/')), replay?.Count ?? 0);
    }

    public LocalSiteStats GetStats() => _stats.Snapshot();

    /// <summary>Forgets the counts and the attempts per path: the next run meets the same faults as the first.</summary>
    public void ResetStats() => _stats.Reset();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Release stalled and delayed requests first, so Kestrel has nothing left to wait for.
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
