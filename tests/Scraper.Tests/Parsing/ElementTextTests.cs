using AngleSharp.Css.Parser;
using AngleSharp.Html.Parser;
using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

public sealed class ElementTextTests
{
    [Theory]
    [InlineData("<span id=t><span class=SEP>: </span>to florp <span class=SEP>(=</span>fold<span class=SEP>)</span></span>", "to florp (=fold)")]
    [InlineData("<span id=t>\n <span class=SEP> [</span><span class=SEP>] </span> florp</span>", "florp")]
    [InlineData("<span id=t><!-- note --><span class=SEP> - </span>florp</span>", "florp")]
    [InlineData("<span id=t>a <span class=SEP>:</span> florp</span>", "a : florp")]
    public void Of_drops_only_the_separators_that_open_the_element(string markup, string expected)
    {
        // Arrange
        using var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + markup);
        var separator = new CssSelectorParser().ParseSelector(".SEP");

        // Act
        var text = ElementText.Of(document.GetElementById("t"), separator);

        // Assert
        Assert.Equal(expected, text);
    }
}
