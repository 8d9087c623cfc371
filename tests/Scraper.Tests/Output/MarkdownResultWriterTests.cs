using Scraper.Output;
using Scraper.Results;

namespace Scraper.Tests.Output;

public sealed class MarkdownResultWriterTests
{
    [Fact]
    public async Task A_found_word_is_a_heading_with_its_entries_numbered_definitions_and_examples_in_italics()
    {
        var markdown = await WriteAsync(SampleResults.Love);

        Assert.Equal(
            """
            ## love

            **love** 1 *verb* /lʌv/

            1. to have very strong feelings of affection for someone
               - *I love you.*
               - *She loved her brother, but "hated" him too, somehow.*
               - (a) to like something very much
                 - *I love chocolate.*
               - (b) to enjoy doing something
            2. used for saying that you would like to do something
               - *I'd love to come, but I can't.*

            **love** 2 *noun* /lʌv/

            1. a very strong feeling of affection for someone
               - *Their love, lasting fifty years, was an inspiration.*


            """,
            markdown);
    }

    [Fact]
    public async Task A_word_not_found_says_so_with_the_sites_suggestions_and_a_failed_word_says_why()
    {
        var markdown = await WriteAsync(SampleResults.Jumblish, SampleResults.Hostile);

        Assert.Equal(
            "## jumblish\n\n*Not found.* Did you mean: jumble, jumbled, rubbish?\n\n" +
            "## \\[31mred\n\n*failed:* HTTP 503 after 4 attempts\n\n",
            markdown);
    }

    [Theory]
    [InlineData("a *bold* _claim_", "a \\*bold\\* \\_claim\\_")]
    [InlineData("[link](http://x) <b> & `code` | pipe ~ \\", "\\[link\\](http\\://x) \\<b\\> \\& \\`code\\` \\| pipe \\~ \\\\")]

    // GitHub's Markdown links a bare URL, a www. address and an e-mail address by itself (its autolink extension).
    [InlineData("see https://evil.example/x, WWW.evil.example or me@evil.example", "see https\\://evil.example/x, WWW\\.evil.example or me\\@evil.example")]

    // A '#' run at the end of a heading's text would be read as the heading's closing sequence and dropped.
    [InlineData("C #", "C \\#")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("1984. not a list", "1984\\. not a list")]
    [InlineData("two\nlines\tand a tab", "two lines and a tab")]
    public void Text_that_Markdown_would_read_as_markup_is_escaped(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    private static async Task<string> WriteAsync(params LookupResult[] results)
    {
        await using var text = new StringWriter();
        await using (var writer = ResultWriters.Create(ResultFormat.Markdown, text))
        {
            foreach (var result in results)
            {
                await writer.WriteAsync(result, TestContext.Current.CancellationToken);
            }
        }

        return text.ToString();
    }
}
