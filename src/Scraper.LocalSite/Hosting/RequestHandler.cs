using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Scraper.LocalSite.Faults;
using Scraper.LocalSite.Stats;

namespace Scraper.LocalSite.Hosting;

/// <summary>Every request of the site: the two control paths, then latency, faults and pages.</summary>
internal sealed class RequestHandler(LocalSiteOptions options, StatsCounter stats, FaultPlan faults, IPageSource pages, CancellationToken stopping)
{
    private static readonly byte[] NotFoundBody = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>Page not found</h1></body></html>");
    private static readonly byte[] FailBody = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Service unavailable</title></head><body><h1>Service unavailable</h1></body></html>");
    private static readonly byte[] ThrottleBody = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Too many requests</title></head><body><h1>Too many requests</h1></body></html>");

    private const string AllowAll = "# Every page of this site may be fetched.\nUser-agent: *\nDisallow:\n";

    private readonly byte[] robotsBody = Encoding.UTF8.GetBytes(options.RobotsTxt ?? AllowAll);

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path is "/__stats" or "/__reset")
        {
            if (path == "/__reset")
            {
                stats.Reset();
            }

            context.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(context.Response.Body, stats.Snapshot(), StatsJsonContext.Default.LocalSiteStats, context.RequestAborted);
            return;
        }

        // What a person opening the printed address sees: the words the site has, each a link to its page.
        if (path == "/")
        {
            var index = Encoding.UTF8.GetBytes(Pages.IndexPageRenderer.Render(pages.IndexPaths, options.ReplayDirectory is not null));
            context.Response.ContentType = ServedPage.HtmlType;
            context.Response.ContentLength = index.Length;
            await context.Response.Body.WriteAsync(index, context.RequestAborted);
            return;
        }

        // Counted on its own, without the dictionary's latency and faults: it is the site's file, not a word's page.
        if (path == "/robots.txt")
        {
            stats.CountRobots();
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.ContentLength = robotsBody.Length;
            await context.Response.Body.WriteAsync(robotsBody, context.RequestAborted);
            return;
        }

        var attempt = stats.Begin(path);
        try
        {
            using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await ServeAsync(context, path, attempt, aborted.Token);
        }
        catch (OperationCanceledException)
        {
            // The client went away or the site is stopping: there is no one to answer.
            stats.Record("cancelled");
            context.Abort();
        }
        finally
        {
            stats.End();
        }
    }

    private async Task ServeAsync(HttpContext context, string path, int attempt, CancellationToken cancellationToken)
    {
        if (!pages.Serves(path))
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, NotFoundBody);
            return;
        }

        await Latency.WaitAsync(Delay(path, attempt), cancellationToken);
        var fault = faults.Decide(path, attempt);
        switch (fault)
        {
            case FaultKind.Stall:
                await StallAsync(context, cancellationToken);
                return;
            case FaultKind.Throttle:
                context.Response.Headers.RetryAfter = "1";
                await WriteAsync(context, StatusCodes.Status429TooManyRequests, ThrottleBody);
                return;
            case FaultKind.Fail:
                await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, FailBody);
                return;
        }

        var page = await pages.FindAsync(context, cancellationToken);
        if (fault == FaultKind.Reset)
        {
            await ResetAsync(context, page?.Body ?? NotFoundBody, cancellationToken);
            return;
        }

        if (page is null)
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, NotFoundBody);
            return;
        }

        if (options.Validators && AnsweredNotModified(context, page))
        {
            return;
        }

        await WriteAsync(context, page.StatusCode, page.Body, page.ContentType);
    }

    // Sets the page's validators; true when the client's copy is current and the answer is a 304, without a body.
    private bool AnsweredNotModified(HttpContext context, ServedPage page)
    {
        context.Response.Headers.ETag = page.ETag;
        if (page.LastModified is not null)
        {
            context.Response.Headers.LastModified = page.LastModified;
        }

        if (!ConditionalRequest.IsNotModified(context.Request, page))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status304NotModified;
        stats.Record("304");
        return true;
    }

    private TimeSpan Delay(string path, int attempt)
    {
        var jitter = options.JitterMs > 0 ? (int)(StableHash.Unit(path, $"jitter{attempt}") * (options.JitterMs + 1)) : 0;
        return TimeSpan.FromMilliseconds(options.LatencyMs + jitter);
    }

    private async Task WriteAsync(HttpContext context, int status, byte[] body, string contentType = ServedPage.HtmlType)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }

        stats.Record(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // No answer at all, until the client gives up or the site stops; then the connection is dropped.
    private async Task StallAsync(HttpContext context, CancellationToken cancellationToken)
    {
        stats.Record("stall");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
    }

    // Promise the whole body, send part of it, then drop the connection: the client sees a truncated response.
    private async Task ResetAsync(HttpContext context, byte[] body, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 3), cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
        stats.Record("reset");
        context.Abort();
    }
}
