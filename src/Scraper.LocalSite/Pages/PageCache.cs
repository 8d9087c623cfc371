using System.Collections.Concurrent;
using Scraper.LocalSite.Hosting;

namespace Scraper.LocalSite.Pages;

/// <summary>
/// Pages ready to send, so a page is built (or read) once however often it is asked for. Bounded: once full it
/// stops adding (pages are cheap to build again), which keeps memory flat under a 20,000-word run.
/// </summary>
internal sealed class PageCache(int capacity)
{
    private readonly ConcurrentDictionary<string, ServedPage> _pages = new(StringComparer.Ordinal);

    public ServedPage GetOrAdd(string key, Func<ServedPage> create)
    {
        if (_pages.TryGetValue(key, out var page))
        {
            return page;
        }

        page = create();
        Add(key, page);
        return page;
    }

    public bool TryGet(string key, out ServedPage page) => _pages.TryGetValue(key, out page!);

    public void Add(string key, ServedPage page)
    {
        if (_pages.Count < capacity)
        {
            _pages.TryAdd(key, page);
        }
    }
}
