using Scraper.Results;

namespace Scraper.Tests.Results;

public sealed class StatusNameTests
{
    [Fact]
    public void Every_status_is_spelt_as_product_md_spells_it_and_reads_back()
    {
        // Act
        var names = Enum.GetValues<LookupStatus>().Select(StatusName.Of).ToList();

        // Assert
        Assert.Equal(["found", "not-found", "failed", "blocked", "empty"], names);
        Assert.All(Enum.GetValues<LookupStatus>(), s => Assert.True(StatusName.TryParse(StatusName.Of(s), out var back) && back == s));
        Assert.False(StatusName.TryParse("notfound", out _));
    }
}
