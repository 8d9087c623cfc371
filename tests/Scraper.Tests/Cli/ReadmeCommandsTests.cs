using System.Diagnostics;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>
/// Every `scraper …` command of the README's bash blocks, run by /bin/sh in one temporary folder with the built tool
/// as `scraper` and a temporary home, in the README's order: a README whose commands fail, or end with another exit
/// code than the one it says, fails here (and so in CI). Lines marked `# network` are the only ones not run.
/// </summary>
public sealed class ReadmeCommandsTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_command_of_the_readme_ends_with_the_exit_code_it_says()
    {
        // Arrange: the README's commands are POSIX shell lines
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the README's commands are run by /bin/sh");
        var commands = ReadmeCommands.Read(await File.ReadAllTextAsync(FindReadme(), TestContext.Current.CancellationToken));
        Assert.Contains(commands, c => c.Text.StartsWith("scraper lookup love --site local", StringComparison.Ordinal));
        var bin = Directory.CreateDirectory(Path.Combine(folder.Path, "bin")).FullName;
        var wrapper = Path.Combine(bin, "scraper");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        await File.WriteAllTextAsync(wrapper, $"#!/bin/sh\nexec '{host}' '{ServeProcess.FindCliDll()}' \"$@\"\n", TestContext.Current.CancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var work = Directory.CreateDirectory(Path.Combine(folder.Path, "work")).FullName;

        // Act
        var failures = new List<string>();
        foreach (var command in commands.Where(c => !c.NeedsNetwork))
        {
            var (exitCode, error) = await RunAsync(command.Text, bin, work);
            if (exitCode != command.ExitCode)
            {
                failures.Add($"README line {command.Line}: `{command.Text}` ended with {exitCode}, not {command.ExitCode}: {error.Trim()}");
            }
        }

        // Assert
        Assert.Empty(failures);
    }

    [Fact]
    public void The_markers_are_read_as_the_readme_test_documents_them()
    {
        var commands = ReadmeCommands.Read("```bash\nprintf 'a\\n' > w.txt\nscraper lookup a   # exit 1\n./install\ncat w | scraper lookup  # network\n```\n```text\nscraper no\n```\n");

        Assert.Equal(
            [new ReadmeCommand(2, "printf 'a\\n' > w.txt", 0, false), new ReadmeCommand(3, "scraper lookup a   # exit 1", 1, false), new ReadmeCommand(5, "cat w | scraper lookup  # network", 0, true)],
            commands);
    }

    private async Task<(int ExitCode, string Error)> RunAsync(string line, string bin, string work)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = work, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(line);
        var home = Path.Combine(folder.Path, "home");
        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["HOME"] = home;
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        // Generous: the bench takes seconds, and a loaded machine more; a hang still fails the test.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, await error);
    }

    private static string FindReadme()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Scraper.sln")))
            {
                return Path.Combine(directory.FullName, "README.md");
            }
        }

        throw new InvalidOperationException("the repository's README.md was not found above " + AppContext.BaseDirectory);
    }
}
