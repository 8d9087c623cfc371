using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>The bounded matcher finds what AngleSharp's own finds, for every kind of selector part.</summary>
public sealed class BoundedSelectorTests
{
    [Fact]
    public void A_query_matches_as_AngleSharp_does_across_combinators_and_selector_functions()
    {
        // Arrange
        const string Html = "<html><body><div id=a class=x><p class=y><b>1</b></p><p class=y>2</p><i>3</i><p>4</p></div><ul><li>5<li><b>6</b></ul></body></html>";
        string[] selectors =
        [
            "div p b", "div > p", "p + i", "p ~ p", "div p:not(.y)", "li:has(b)", "div:has(> i)", "p:has(+ i)", ":is(i, b)", "body :where(ul li) b",
            "div.x > p.y b, ul > li:nth-child(2)", "*:has(p:has(b))",
        ];
        using var document = PageDocuments.Parse(System.Text.Encoding.UTF8.GetBytes(Html), "text/html; charset=utf-8", TestContext.Current.CancellationToken);

        foreach (var text in selectors)
        {
            var original = new AngleSharp.Css.Parser.CssSelectorParser().ParseSelector(text)!;

            // Act
            var bounded = document.All(BoundedSelector.Of(original)).Select(e => e.OuterHtml);

            // Assert
            Assert.Equal(document.QuerySelectorAll(text).Select(e => e.OuterHtml), bounded);
        }
    }
}
