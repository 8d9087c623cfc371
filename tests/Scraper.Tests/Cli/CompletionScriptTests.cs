using System.Diagnostics;
using Scraper.Sites;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>`scraper completion SHELL`: scripts that complete commands, options, formats and site names.</summary>
public sealed class CompletionScriptTests : IDisposable
{
    private readonly string script = Path.Combine(Path.GetTempPath(), $"scraper-completion-{Guid.NewGuid():N}.bash");

    public void Dispose() => File.Delete(script);

    [Theory]
    [InlineData("bash")]
    [InlineData("zsh")]
    [InlineData("fish")]
    [InlineData("pwsh")]
    public async Task Every_script_names_the_commands_the_site_names_and_the_formats(string shell)
    {
        // Act
        var run = await CliRun.RunAsync("completion", shell);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.All(["lookup", "bench", "serve", "sites", "check", "completion", "concurrency", "format", "jsonl", "markdown", "threads"], word => Assert.Contains(word, run.Out, StringComparison.Ordinal));
        Assert.All(SiteCatalog.All, site => Assert.Contains(site.Name, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_shell_is_a_usage_error()
    {
        // Act
        var run = await CliRun.RunAsync("completion", "tcsh");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tcsh", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sourced_in_a_real_bash_it_completes_options_site_names_formats_and_commands()
    {
        // Arrange
        var run = await CliRun.RunAsync("completion", "bash");
        await File.WriteAllTextAsync(script, run.Out, TestContext.Current.CancellationToken);

        // Act
        var registered = await BashAsync("complete -p scraper");
        var options = await CompleteAsync("scraper", "lookup", "--si");
        var sites = await CompleteAsync("scraper", "lookup", "--site", "");
        var formats = await CompleteAsync("scraper", "lookup", "--format", "j");
        var commands = await CompleteAsync("scraper", "");
        var serveOptions = await CompleteAsync("scraper", "serve", "--p");

        // Assert
        Assert.Equal("complete -F _scraper scraper", registered.Trim());
        Assert.Equal(["--site", "--site-file"], options);
        Assert.Equal(SiteCatalog.All.Select(p => p.Name).Append("local").Append("all").Order(StringComparer.Ordinal), sites.Order(StringComparer.Ordinal));
        Assert.Equal(["json", "jsonl"], formats);
        Assert.Equal(["bench", "cache", "check", "completion", "help", "history", "lookup", "parse", "serve", "shell", "sites"], commands.Order(StringComparer.Ordinal));
        Assert.Equal(["--port"], serveOptions);
    }

    // What COMPREPLY holds after bash calls the completion function for the given words, the last being completed.
    private async Task<string[]> CompleteAsync(params string[] words)
    {
        var quoted = string.Join(' ', words.Select(w => $"'{w}'"));
        var output = await BashAsync($"COMP_WORDS=({quoted}); COMP_CWORD={words.Length - 1}; _scraper; printf '%s\\n' \"${{COMPREPLY[@]}}\"");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task<string> BashAsync(string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"source '{script}' && {command}");
        using var bash = Process.Start(start)!;
        var output = await bash.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await bash.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await bash.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(bash.ExitCode == 0, $"bash exited {bash.ExitCode}: {error}");
        return output;
    }
}
