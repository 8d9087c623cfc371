using Scraper.Fetching;
using Scraper.Results;
using Serilog;

namespace Scraper.Lookup;

/// <summary>
/// The engine every command borrows: the one HttpClient, the hosts and what each is owed (<see cref="HostPolicies"/>),
/// the cache, and a lookup per site. `lookup`, `check` and bench each make one for their run; the shell holds one for
/// its life. Nothing else composes a client, a fetcher or a run loop.
/// </summary>
public sealed class LookupSession : IDisposable
{
    private readonly SessionOptions options;
    private readonly HttpClient client;
    private readonly HostPolicies hosts;
    private readonly TimeProvider time;
    private readonly ILogger log;
    private readonly FairRequestSlots slots;
    private readonly Lock gate = new();
    private readonly Dictionary<SiteTarget, WordLookup> sites = [];

    public LookupSession(SessionOptions options, ILogger log, TimeProvider? time = null)
        : this(options, log, time, null)
    {
    }

    /// <param name="client">The session's client when the caller makes it (a test that routes a host name to loopback); null: the session's own.</param>
    internal LookupSession(SessionOptions options, ILogger log, TimeProvider? time, HttpClient? client)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.log = log;
        this.time = time ?? TimeProvider.System;
        this.client = client ?? HttpClientFactory.Create(options.Fetch);
        hosts = new HostPolicies(options.Hosts, this.time, log);
        Fetcher = new PageFetcher(this.client, options.Fetch, hosts, log, this.time);
        slots = new FairRequestSlots(options.Fetch.Concurrency);
    }

    /// <summary>The session's fetcher: a recording of a page goes through the same politeness as the page.</summary>
    public PageFetcher Fetcher { get; }

    /// <summary>The hosts the session's breakers cut off, each with why.</summary>
    public IReadOnlyList<string> CutOffHosts => hosts.CutOff;

    /// <summary>The requests per second in force for <paramref name="origin"/>'s host; null: no limit.</summary>
    public double? RateOf(Uri origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return hosts.RateOf(origin.Authority) is > 0 and var rate ? rate : null;
    }

    /// <summary>The lookup of <paramref name="site"/>, made on first use; its host joins the session's hosts with the site's rate.</summary>
    public WordLookup Site(SiteTarget site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var archive = site.Archive is { } archived ? Site(archived) : null;
        lock (gate)
        {
            if (!sites.TryGetValue(site, out var lookup))
            {
                hosts.AddSite(site.BaseUrl ?? site.Profile.Origin, site.Profile.RequestsPerSecond);
                lookup = new WordLookup(site, Fetcher, options.Homographs, time, log) { Archive = archive };
                sites[site] = lookup;
            }

            return lookup;
        }
    }

    /// <summary>
    /// Looks every word up on every site, through the one run loop: each (word, site) pair is one result, reported with
    /// its place in <see cref="RunOrder"/>.
    /// </summary>
    /// <param name="isDone">Pairs (word, site) not to look up (a resumed file has them); null: none.</param>
    /// <param name="onResult">See <see cref="RunLoop.RunAsync"/>.</param>
    public Task RunAsync(
        IReadOnlyList<WordLookup> lookups,
        IReadOnlyList<string> keywords,
        Func<int, int, bool>? isDone,
        Func<int, LookupResult, ValueTask> onResult,
        CancellationToken stopFeeding,
        CancellationToken abort)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(keywords);
        IEnumerable<(int, string)> Feed(int site)
        {
            for (var word = 0; word < keywords.Count; word++)
            {
                if (isDone?.Invoke(word, site) != true)
                {
                    yield return (RunOrder.IndexOf(word, site, lookups.Count), keywords[word]);
                }
            }
        }

        return RunLoop.RunAsync(lookups, Feed, options.Fetch.Concurrency, onResult, stopFeeding, abort);
    }

    /// <summary>The same loop over one site and a feed of words at <paramref name="concurrency"/>: bench's async mode.</summary>
    /// <param name="due">When given, waited for before each word starts (an open model's schedule).</param>
    internal Task RunAsync(
        WordLookup lookup, IEnumerable<(int Index, string Word)> feed, int concurrency, Func<int, LookupResult, ValueTask> onResult, Func<int, CancellationToken, Task>? due, CancellationToken cancellationToken) =>
        RunLoop.RunAsync([lookup], _ => feed, concurrency, onResult, cancellationToken, cancellationToken, due);

    /// <summary>
    /// One word on one site, under the session's request slots (the shell). With a verdict lifetime, a word refused by
    /// what its host said longer ago than that (robots.txt, host not found, the breaker) asks the host afresh, once.
    /// </summary>
    public async Task<LookupResult> LookupAsync(WordLookup lookup, string word, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var result = await lookup.LookupAsync(word, slots, Sending.Async, cancellationToken);
        if (options.VerdictLifetime is { } lifetime
            && result.Failure is FetchFailure.Disallowed or FetchFailure.HostNotFound or FetchFailure.HostRefused or FetchFailure.HostFailing
            && Uri.TryCreate(result.Url, UriKind.Absolute, out var url)
            && hosts.ForgetOlderThan(url, lifetime))
        {
            log.Debug("{Word:l}: refused by what {Host:l} said over {Lifetime} ago; asking again", result.Keyword, url.Authority, lifetime);
            result = await lookup.LookupAsync(word, slots, Sending.Async, cancellationToken);
        }

        return result;
    }

    /// <summary>One word, every wait and send blocking the calling thread: bench's sync and threads modes.</summary>
    internal static LookupResult LookupBlocking(WordLookup lookup, string word, CancellationToken cancellationToken)
    {
        var pending = lookup.LookupAsync(word, IRequestSlots.None, Sending.Blocking, cancellationToken);
        return pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        hosts.Dispose();
        client.Dispose();
    }
}
