using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Shell;

/// <summary>Text that is no text is refused alike on a terminal and in a pipe; any Unicode text is looked up, never a crash.</summary>
public sealed class ShellUnicodeTests : IDisposable
{
    private const string Prompt = "macmillan> ";
    private readonly TempDirectory home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task Bytes_that_are_not_UTF_8_typed_on_a_terminal_are_refused_as_in_a_pipe_and_nothing_is_fetched()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        using var shell = ShellProcess.OnTerminal(home.Path, "--base-url", site.BaseUrl.AbsoluteUri, "--no-cache");
        await shell.WaitForOutAsync(Prompt);

        // Act: "café" from a Latin-1 terminal, then a word
        await shell.TypeBytesAsync([.. "caf"u8, 0xE9, (byte)'\r']);
        await shell.WaitForOutAsync("not UTF-8 text");
        await shell.WaitForOutAsync(Prompt, times: 2);
        await shell.TypeAsync("apple\r");
        await shell.WaitForOutAsync("a round fruit");
        await shell.WaitForOutAsync(Prompt, times: 3);
        await shell.TypeAsync("\x04");

        // Assert
        Assert.Equal(0, await shell.ExitCodeAsync());
        Assert.Equal(["/us/dictionary/american/apple"], site.GetStats().AttemptsByPath.Keys);
    }

    [Fact]
    public async Task A_word_with_U_FFFE_or_U_FFFF_in_the_shell_is_one_words_answer_and_the_shell_goes_on()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        using var shell = ShellProcess.Piped(home.Path, "--base-url", site.BaseUrl.AbsoluteUri, "--no-cache");

        // Act
        await shell.TypeAsync("app\uFFFEle\n\uFFFF\napple\n");
        shell.CloseInput();
        var exit = await shell.ExitCodeAsync();

        // Assert
        Assert.NotEqual(70, exit);
        Assert.Contains("a round fruit", shell.Out, StringComparison.Ordinal);
    }
}
