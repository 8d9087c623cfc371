using System.Diagnostics;
using System.Runtime.InteropServices;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>
/// The built CLI (<c>scraper.dll</c>) run as a real child process, for what only a process can show: signals.
/// Its home is a temporary folder (HOME, XDG_CACHE_HOME, XDG_DATA_HOME and XDG_CONFIG_HOME), so that no test touches the real one.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly TempDirectory? ownHome;

    private ServeProcess(Process process, TempDirectory? ownHome)
    {
        Process = process;
        this.ownHome = ownHome;
    }

    public Process Process { get; }

    public static ServeProcess Start(params string[] args)
    {
        var home = new TempDirectory();
        return new ServeProcess(Process.Start(CliStart(home.Path, args))!, home);
    }

    /// <summary>The CLI with <paramref name="home"/> as its HOME and XDG folders, which the caller owns.</summary>
    public static ServeProcess StartWithHome(string home, params string[] args) => new(Process.Start(CliStart(home, args))!, null);

    private static ProcessStartInfo CliStart(string home, string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        SetHome(start, home);
        start.ArgumentList.Add(FindCliDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static void SetHome(ProcessStartInfo start, string home)
    {
        start.Environment["HOME"] = home;
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
    }

    /// <summary>
    /// The CLI run by /bin/sh, for what only a shell sets up: <paramref name="before"/> runs first (a ulimit),
    /// <paramref name="redirect"/> applies to the CLI (<c>&gt; /dev/full</c>). Stdout and stderr are the test's.
    /// </summary>
    public static ServeProcess StartInShell(string before, string redirect, params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // "$0" "$@" keeps every argument as it is, whatever it holds; no quoting by hand.
        var home = new TempDirectory();
        SetHome(start, home.Path);
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{before} exec \"$0\" \"$@\" {redirect}");
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        start.ArgumentList.Add(FindCliDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new ServeProcess(Process.Start(start)!, home);
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does.</summary>
    /// <remarks>
    /// Sent by kill(2) itself, not by starting /bin/kill: on a loaded machine starting a process took long enough
    /// for a test's "during the parse" to become "after the parse".
    /// </remarks>
    public Task InterruptAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Kill(Process.Id, SigInt) != 0)
        {
            throw new InvalidOperationException($"kill({Process.Id}, SIGINT) failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
        ownHome?.Dispose();
    }

    // The test project references the CLI, so its build copies scraper.dll beside the tests; failing that,
    // the CLI's own output folder of the same configuration, under the repository root.
    internal static string FindCliDll()
    {
        // Set to another build's scraper.dll to see the process tests fail against it (an older commit, say).
        if (Environment.GetEnvironmentVariable("SCRAPER_TEST_CLI_DLL") is { Length: > 0 } other)
        {
            return other;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "scraper.dll");
        if (File.Exists(beside))
        {
            return beside;
        }

        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Scraper.sln")))
        {
            root = root.Parent;
        }

        var built = Path.Combine(root?.FullName ?? throw new FileNotFoundException("no Scraper.sln above " + output), "src", "Scraper.Cli", "bin", configuration, output.Name, "scraper.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("the CLI is not built", built);
    }

    private const int SigInt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
