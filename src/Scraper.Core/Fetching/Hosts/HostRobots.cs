using Polly;
using Scraper.Results;
using Scraper.Robots;
using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// Reads a host's robots.txt before its first page, through the run's politeness (pause, rate, slot, attempt timeout);
/// the verdict is kept in the host's <see cref="HostPolicy"/>. A missing robots.txt (4xx) allows everything; a 5xx or
/// no answer at all (refused, reset, timed out) disallows everything for the run (RFC 9309 §2.3.1).
/// </summary>
internal sealed class HostRobots(AttemptSender sender, ResiliencePipeline<PageResponse> attemptTimeout, TimeProvider time, ILogger log)
{
    /// <summary>The product token the tool obeys robots.txt groups for, whatever --user-agent says.</summary>
    public const string ProductToken = "scraper";

    public const string DisallowedError = "disallowed by robots.txt";

    public async ValueTask<RobotsRules> RulesForAsync(HostPolicy host, Uri page, IRequestSlots slots, Sending sending, CancellationToken cancellationToken) =>
        await sending.Wait(host.RobotsAsync(() => ReadAsync(host, page, slots, sending, cancellationToken).AsTask(), cancellationToken).WaitAsync(cancellationToken));

    private async ValueTask<RobotsRules> ReadAsync(HostPolicy host, Uri page, IRequestSlots slots, Sending sending, CancellationToken cancellationToken)
    {
        var url = new Uri(page, "/robots.txt");
        RobotsRules rules;
        try
        {
            var answer = await PoliteAttempt.RunAsync(
                host, slots, sending, attemptTimeout, new RequestPhases(), time, ct => sending.SendAsync(sender, url, null, null, null, ct, readAtMost: RobotsParser.MaxBytes), cancellationToken);
            rules = Read(url, answer);
        }
        catch (Exception ex) when (ex is OffSiteRedirectException or TooManyRedirectsException)
        {
            // Redirected away or in circles: no robots.txt to be found, as if it were missing (§2.3.1.2).
            log.Debug("{Url:l}: {Error:l}; treated as missing", url.AbsoluteUri, CleanText.Of(ex.Message));
            rules = RobotsRules.AllowAll;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsNoAnswer(ex))
        {
            rules = Unreachable(url, ex);
        }

        // The robots.txt request was the host's first: when a Crawl-delay slows the host, the first page waits one
        // delay after it, as every later page waits after the one before.
        if (rules.CrawlDelay is { } delay && host.SlowTo(1 / delay.TotalSeconds))
        {
            log.Information("{Host:l} asks for a Crawl-delay of {Seconds:0.###} s in its robots.txt: one request every {Seconds:0.###} s to it", host.Host, delay.TotalSeconds, delay.TotalSeconds);
            await sending.Wait(Task.Delay(delay, time, cancellationToken));
        }

        return rules;
    }

    private RobotsRules Read(Uri url, PageResponse answer)
    {
        log.Debug("GET {Url:l} {Status}", url.AbsoluteUri, answer.StatusCode);
        if (answer.StatusCode is >= 200 and <= 299)
        {
            return RobotsParser.Parse(answer.Body.Span, ProductToken);
        }

        if (answer.StatusCode is >= 400 and <= 499 || answer.RedirectedTo is not null)
        {
            return RobotsRules.AllowAll;
        }

        log.Warning("{Url:l} answered HTTP {Status}: every page of {Host:l} is treated as disallowed for this run (RFC 9309), so its words end blocked; --ignore-robots skips robots.txt", url.AbsoluteUri, answer.StatusCode, url.Authority);
        return RobotsRules.DisallowAll;
    }

    private RobotsRules Unreachable(Uri url, Exception ex)
    {
        if (ex is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError })
        {
            log.Debug("{Url:l}: {Error:l}", url.AbsoluteUri, CleanText.Of(ex.Message));
            return new RobotsRules([new RobotsRule(false, "/")], null) { HostNotFound = CleanText.Of(ex.Message) };
        }

        log.Warning("{Url:l} could not be fetched ({Error:l}): every page of {Host:l} is treated as disallowed for this run (RFC 9309), so its words end blocked; --ignore-robots skips robots.txt", url.AbsoluteUri, CleanText.Of(ex.Message), url.Authority);
        return RobotsRules.DisallowAll;
    }

    private static bool IsNoAnswer(Exception ex) =>
        ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException or IOException or OperationCanceledException
            or PageTooLargeException or System.Net.Sockets.SocketException or HostCutOffException;
}
