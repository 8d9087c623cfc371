using Scraper.Sites;
using Scraper.Cli.Commands;

namespace Scraper.Tests.Support;

/// <summary>
/// One local server per site of `--site all`, each serving that profile's fixture pages for "love" at the profile's
/// own path (the site's "quindle" fixture pages, Fixtures/&lt;site&gt;/quindle*.html, with the word made "love"), and
/// the --base-url NAME=URL arguments that map every site to its server.
/// </summary>
internal sealed class LoveSites : IAsyncDisposable
{
    private static readonly Dictionary<string, (string Path, string File)[]> Pages = new(StringComparer.Ordinal)
    {
        ["cambridge"] = [("/dictionary/english/love", "quindle.html")],
        ["longman"] = [("/dictionary/love", "quindle.html")],
        ["oxford"] = [("/definition/english/love", "quindle_1.html"), ("/definition/english/love_2", "quindle_2.html")],
        ["collins"] = [("/dictionary/english/love", "quindle.html")],
        ["wiktionary"] = [("/wiki/love", "quindle.html")],
        ["merriam-webster"] = [("/dictionary/love", "quindle.html")],
    };

    private LoveSites(IReadOnlyDictionary<string, FixtureServer> servers) => Servers = servers;

    /// <summary>Each site's server, by the site's name.</summary>
    public IReadOnlyDictionary<string, FixtureServer> Servers { get; }

    /// <summary>The sites of `all`, in the order the run gives their results.</summary>
    public static IReadOnlyList<string> Names => [.. SiteCatalog.Everyday.Select(p => p.Name)];

    public string[] BaseUrlArguments => For([.. Names]);

    /// <summary>--base-url NAME=URL for the named sites only (a NAME that is not among the run's sites is a usage error).</summary>
    public string[] For(params string[] names) => [.. names.SelectMany(name => (string[])["--base-url", $"{name}={Servers[name].BaseUrl.AbsoluteUri}"])];

    public static async Task<LoveSites> StartAsync(CancellationToken cancellationToken)
    {
        var servers = new Dictionary<string, FixtureServer>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var server = await FixtureServer.StartAsync(cancellationToken);
            foreach (var (path, file) in Pages[name])
            {
                server.Script(path, FixtureResponse.Html(AsLove(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name, file)))));
            }

            servers[name] = server;
        }

        return new LoveSites(servers);
    }

    private static string AsLove(string page) => page
        .Replace("quindle", "love", StringComparison.Ordinal)
        .Replace("Quindle", "Love", StringComparison.Ordinal)
        .Replace("QUINDLE", "LOVE", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers.Values)
        {
            await server.DisposeAsync();
        }
    }
}
