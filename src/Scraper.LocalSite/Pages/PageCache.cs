using System.Collections.Concurrent;

namespace Scraper.LocalSite.Pages;

/// <summary>
/// Rendered pages as UTF-8 bytes, so a page is built once however often it is asked for. Bounded: once full it
/// stops adding (pages are cheap to render again), which keeps memory flat under a 20,000-word run.
/// </summary>
internal sealed class PageCache(int capacity)
{
    private readonly ConcurrentDictionary<string, byte[]> _pages = new(StringComparer.Ordinal);

    public byte[] GetOrRender(string key, Func<string> render)
    {
        if (_pages.TryGetValue(key, out var page))
        {
            return page;
        }

        page = System.Text.Encoding.UTF8.GetBytes(render());
        if (_pages.Count < capacity)
        {
            _pages.TryAdd(key, page);
        }

        return page;
    }
}
