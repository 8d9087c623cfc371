using System.Diagnostics;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>The built `scraper` run to its end as a real child process: exit code, stdout and stderr as a user sees them.</summary>
internal static class CliProcess
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(() => ServeProcess.Start(args));

    /// <summary>The CLI with <paramref name="home"/> as its HOME, XDG_CACHE_HOME (home/.cache) and XDG_DATA_HOME (home/.local/share).</summary>
    public static Task<CliRun> RunWithHomeAsync(string home, params string[] args) => RunAsync(() => ServeProcess.StartWithHome(home, args));

    private static async Task<CliRun> RunAsync(Func<ServeProcess> start)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var clock = Stopwatch.StartNew();
        using var child = start();
        var output = child.Process.StandardOutput.ReadToEndAsync(cancellation);
        var error = child.Process.StandardError.ReadToEndAsync(cancellation);

        // Generous: a child's start-up on a loaded two-core machine can take seconds; a hang still fails the test.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await child.Process.WaitForExitAsync(timeout.Token);
        return new CliRun(child.Process.ExitCode, await output, await error, clock.Elapsed);
    }
}
