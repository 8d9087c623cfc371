namespace Scraper.Tests.Parsing;

/// <summary>
/// A real-page test whose pages are missing fails where CI requires them. (Its skip on a user's clone is not tested
/// here: xunit counts a skip even when a test catches it.)
/// </summary>
public sealed class SavedPagesTests
{
    [Fact]
    public void A_missing_page_folder_fails_the_test_when_the_pages_are_required()
    {
        var failure = Assert.Throws<Xunit.Sdk.FailException>(() => SavedPages.RequireFolder("no-such-site", required: true));

        Assert.Contains(SavedPages.RequiredVariable, failure.Message, StringComparison.Ordinal);
    }
}
