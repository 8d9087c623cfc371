using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Scraper.LocalSite.Audio;
using Scraper.LocalSite.Pages;
using Scraper.LocalSite.Words;

namespace Scraper.LocalSite.Hosting;

/// <summary>
/// Which page a slug gets. The rule: a slug is lowercase letters and digits in dash-separated runs, with an
/// optional homograph suffix "_N". A slug starting with "zz" is a word the dictionary does not have (the "Sorry,
/// no search result" page, status 200). One of the 13 authored words gets its own entries; any other word gets a
/// generated entry. A bare slug serves the first homograph; "_N" exists only for words with several homographs.
/// </summary>
internal sealed partial class DictionaryPages(PageCache cache) : IPageSource
{
    public const string UnknownPrefix = "zz";

    public IReadOnlyList<string> IndexPaths { get; } =
        [.. Words.AuthoredWords.All.Select(w => Edition.American.PathPrefix + w.Slug).Order(StringComparer.Ordinal)];

    public bool Serves(string path) => Edition.Match(path, out _) is not null || RecordingPath.Match(path, out _, out _);

    public ValueTask<ServedPage?> FindAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var path = context.Request.Path.Value ?? "/";
        var origin = $"{context.Request.Scheme}://{context.Request.Host.Value}";
        if (RecordingPath.Match(path, out var recordingEdition, out var pageSlug))
        {
            return ValueTask.FromResult(FindRecording(new PageContext(origin, recordingEdition), path, pageSlug));
        }

        var edition = Edition.Match(path, out var slug);
        return ValueTask.FromResult(edition is null ? null : Find(new PageContext(origin, edition), slug));
    }

    // A recording exists for every entry page the site has (the page links it), and for nothing else.
    private ServedPage? FindRecording(PageContext context, string path, string pageSlug)
    {
        if (pageSlug.StartsWith(UnknownPrefix, StringComparison.Ordinal) || Find(context, pageSlug) is null)
        {
            return null;
        }

        var body = SilentMp3.For(path);
        return new ServedPage(200, body, RecordingPath.ContentType, ServedPage.ETagOf(body), null);
    }

    /// <summary>The page, or null when the site has no such page (404).</summary>
    public ServedPage? Find(PageContext context, string slug)
    {
        var match = SlugPattern().Match(slug);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        int? number = match.Groups["n"].Success ? int.Parse(match.Groups["n"].ValueSpan, provider: null) : null;
        if (word.StartsWith(UnknownPrefix, StringComparison.Ordinal))
        {
            return cache.GetOrAdd(Key(context, word), () => ServedPage.Html(NotFoundPageRenderer.Render(context, word)));
        }

        var authored = AuthoredWords.Find(word);
        var homographs = authored?.Homographs.Count ?? 1;
        if (number is { } n && (homographs == 1 || n > homographs))
        {
            return null;
        }

        var pageSlug = homographs > 1 ? $"{word}_{number ?? 1}" : word;
        return cache.GetOrAdd(Key(context, pageSlug), () =>
            ServedPage.Html(EntryPageRenderer.Render(context, authored ?? WordGenerator.Generate(word), number ?? 1)));
    }

    private static string Key(PageContext context, string pageSlug) => $"{context.Origin}{context.Edition.PathPrefix}{pageSlug}";

    [GeneratedRegex("^(?<word>[a-z0-9]+(?:-[a-z0-9]+)*)(?:_(?<n>[1-9]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
