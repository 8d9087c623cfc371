using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Scraper.Tests.Architecture;

/// <summary>
/// Core's folders form a DAG, read from the compiled code (method bodies included): a folder imports only folders
/// below it, and Results, the data every folder reads, imports none. A new cycle turns the build red here.
/// </summary>
public sealed class CoreFoldersTests
{
    private static readonly ArchUnitNET.Domain.Architecture Core =
        new ArchLoader().LoadAssemblies(typeof(Scraper.Lookup.LookupSession).Assembly).Build();

    [Fact]
    public void Core_folders_import_each_other_without_a_cycle()
    {
        // Arrange: an edge from each top folder (Fetching for Scraper.Fetching and below) to each it uses.
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in Core.Types.Where(t => Folder(t.Namespace.FullName) is not null))
        {
            var from = Folder(type.Namespace.FullName)!;
            var targets = edges.TryGetValue(from, out var known) ? known : edges[from] = [];
            foreach (var to in type.Dependencies.Select(d => Folder(d.Target?.Namespace?.FullName)).OfType<string>().Where(to => to != from))
            {
                targets.Add(to);
            }
        }

        // Act
        var cycle = FolderGraph.FindCycle(edges);

        // Assert: every folder was seen, and no path leads from one back to itself.
        Assert.Superset(new HashSet<string>(["Benchmark", "Caching", "Fetching", "Lookup", "Parsing", "Results", "Robots", "Sites"]), edges.Keys.ToHashSet());
        Assert.True(cycle is null, $"Core's folders import each other in a circle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void Results_imports_no_other_folder_of_Core() =>
        Types().That().ResideInNamespace("Scraper.Results").Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^Scraper\.(?!Results$)"))
            .Check(Core);

    [Fact]
    public void A_cycle_is_found_where_there_is_one_and_not_where_there_is_none()
    {
        var dag = new Dictionary<string, HashSet<string>> { ["Lookup"] = ["Fetching"], ["Fetching"] = ["Results"], ["Results"] = [] };
        var circle = new Dictionary<string, HashSet<string>> { ["Lookup"] = ["Fetching"], ["Fetching"] = ["Caching"], ["Caching"] = ["Fetching"] };

        Assert.Null(FolderGraph.FindCycle(dag));
        Assert.Equal(["Caching", "Fetching", "Caching"], FolderGraph.FindCycle(circle));
    }

    // "Scraper.Fetching.Hosts" is the folder Fetching; anything outside Core's "Scraper.X" namespaces is none.
    private static string? Folder(string? name) =>
        name?.StartsWith("Scraper.", StringComparison.Ordinal) == true ? name["Scraper.".Length..].Split('.')[0] : null;
}
