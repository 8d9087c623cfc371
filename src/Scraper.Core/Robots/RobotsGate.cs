using System.Collections.Concurrent;
using System.Text;
using Scraper.Fetching;
using Scraper.Results;
using Serilog;

namespace Scraper.Robots;

/// <summary>
/// Each host's robots.txt, fetched once per run before the host's first page, through the run's client and its
/// politeness (pause, rate, attempt timeout); pages that ask while it is on its way wait for that one fetch.
/// A missing robots.txt (4xx) allows everything; a 5xx or no answer disallows everything for the run (RFC 9309 §2.3.1).
/// </summary>
internal sealed class RobotsGate(AttemptSender sender, PoliteAttempts polite, TimeProvider time, ILogger log)
{
    /// <summary>The product token the tool obeys robots.txt groups for, whatever --user-agent says.</summary>
    public const string ProductToken = "scraper";

    public const string DisallowedError = "disallowed by robots.txt";

    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> hosts = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<RobotsRules> RulesForAsync(Uri url, CancellationToken cancellationToken) =>
        await hosts.GetOrAdd(url.Authority, _ => new(() => FetchAsync(url, cancellationToken))).Value.WaitAsync(cancellationToken);

    /// <summary>The same, blocking the calling thread: the benchmark's "sync" mode sends its robots.txt request synchronously.</summary>
    public RobotsRules RulesFor(Uri url, CancellationToken cancellationToken) =>
        hosts.GetOrAdd(url.Authority, _ => new(() => Task.FromResult(Fetch(url, cancellationToken)))).Value.WaitAsync(cancellationToken).GetAwaiter().GetResult();

    private async Task<RobotsRules> FetchAsync(Uri page, CancellationToken cancellationToken)
    {
        var url = new Uri(page, "/robots.txt");
        RobotsRules rules;
        try
        {
            rules = Read(url, await polite.RunAsync(url, act => sender.SendAsync(url, null, null, act, readAtMost: RobotsParser.MaxBytes), cancellationToken));
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

        if (Slows(page, rules) is { } delay)
        {
            await Task.Delay(delay, time, cancellationToken);
        }

        return rules;
    }

    private RobotsRules Fetch(Uri page, CancellationToken cancellationToken)
    {
        var url = new Uri(page, "/robots.txt");
        RobotsRules rules;
        try
        {
            rules = Read(url, polite.Run(url, act => sender.Send(url, null, null, act, readAtMost: RobotsParser.MaxBytes), cancellationToken));
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

        if (Slows(page, rules) is { } delay)
        {
            Task.Delay(delay, time, cancellationToken).GetAwaiter().GetResult();
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

    // The robots.txt request was the host's first: when a Crawl-delay slows the host, the first page waits one delay
    // after it, as every later page waits after the one before.
    private TimeSpan? Slows(Uri page, RobotsRules rules)
    {
        if (rules.CrawlDelay is not { } delay || !polite.Rates.SlowTo(page.Authority, delay))
        {
            return null;
        }

        log.Information("{Host:l} asks for a Crawl-delay of {Seconds:0.###} s in its robots.txt: one request every {Seconds:0.###} s to it", page.Authority, delay.TotalSeconds, delay.TotalSeconds);
        return delay;
    }

    private static bool IsNoAnswer(Exception ex) =>
        ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException or IOException or OperationCanceledException
            or PageTooLargeException or System.Net.Sockets.SocketException;
}
