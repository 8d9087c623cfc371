using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Scraper.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 that behaves as the Internet Archive's raw replay does (issue 15):
/// `/web/TIMESTAMPid_/ORIGINAL` answers with the capture of ORIGINAL made at exactly that 14-digit timestamp;
/// any other timestamp (shortened, or between captures) gets a 302 to the capture nearest it, earlier or later;
/// a capture of a redirect answers with a 302 to the archive address of its target at the capture's timestamp;
/// a URL never captured gets a 404 with the archive's own page. Counts every request target.
/// </summary>
internal sealed partial class ArchiveServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, List<ArchiveCapture>> captures = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> targets = new();
    private readonly string notArchivedPage;
    private WebApplication app = null!;

    private ArchiveServer(string notArchivedPage) => this.notArchivedPage = notArchivedPage;

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request target (path and query, as sent), in the order received.</summary>
    public IReadOnlyList<string> RequestTargets => [.. targets];

    public static async Task<ArchiveServer> StartAsync(string notArchivedPage, CancellationToken cancellationToken)
    {
        var server = new ArchiveServer(notArchivedPage);
        (server.app, server.BaseUrl) = await LoopbackApp.StartAsync(server.HandleAsync, cancellationToken);
        return server;
    }

    /// <summary>A capture of <paramref name="original"/> at <paramref name="timestamp"/> (14 digits) that is a page.</summary>
    public ArchiveServer Page(string original, string timestamp, string html) => Add(original, new ArchiveCapture(timestamp, html, null));

    /// <summary>A capture of <paramref name="original"/> that is the site's redirect to <paramref name="target"/>.</summary>
    public ArchiveServer Redirect(string original, string timestamp, string target) => Add(original, new ArchiveCapture(timestamp, null, target));

    /// <summary>The archive address of a capture, as this server's redirects spell it.</summary>
    public string Address(string timestamp, string original) => $"/web/{timestamp}id_/{original}";

    public int RequestsTo(string target) => targets.Count(t => t == target);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private ArchiveServer Add(string original, ArchiveCapture capture)
    {
        captures.GetOrAdd(original, _ => []).Add(capture);
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        targets.Enqueue(target);
        var match = ReplayAddress().Match(target);
        if (!match.Success || !captures.TryGetValue(match.Groups["original"].Value, out var held))
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(notArchivedPage, context.RequestAborted);
            return;
        }

        var original = match.Groups["original"].Value;
        var asked = Time(match.Groups["timestamp"].Value);
        var nearest = held.MinBy(c => (Time(c.Timestamp) - asked).Duration())!;
        if (nearest.Timestamp != match.Groups["timestamp"].Value)
        {
            Redirect(context, Address(nearest.Timestamp, original));
            return;
        }

        if (nearest.RedirectTo is { } redirectTo)
        {
            Redirect(context, Address(nearest.Timestamp, redirectTo));
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers["Memento-Datetime"] = Time(nearest.Timestamp).ToString("R", CultureInfo.InvariantCulture);
        await context.Response.WriteAsync(nearest.Html!, context.RequestAborted);
    }

    private void Redirect(HttpContext context, string address)
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = BaseUrl.AbsoluteUri.TrimEnd('/') + address;
    }

    // A shortened timestamp means the start of the period it names: 2023 is 1 January 2023, 00:00:00.
    private static DateTime Time(string timestamp) =>
        DateTime.ParseExact(timestamp + "20000101000000"[timestamp.Length..], "yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^/web/(?<timestamp>\d{4,14})id_/(?<original>https?://.+)$")]
    private static partial Regex ReplayAddress();
}
