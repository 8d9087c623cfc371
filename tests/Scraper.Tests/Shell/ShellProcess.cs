using System.Diagnostics;
using System.Text;
using Scraper.Tests.Cli;

namespace Scraper.Tests.Shell;

/// <summary>
/// The built CLI's `scraper shell` as a child process that a test talks to: lines written to its stdin (a pipe, or
/// through `script` a real pseudo-terminal), its output read as it comes. A test waits for text before it types,
/// never for a span of time, so that a loaded machine only makes it slower.
/// </summary>
internal sealed class ShellProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private readonly Task reading;

    private ShellProcess(ProcessStartInfo start)
    {
        process = Process.Start(start)!;
        reading = Task.WhenAll(Pump(process.StandardOutput, output), Pump(process.StandardError, error));
    }

    public string Out
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    /// <summary>`scraper shell ARGS` with its stdin a pipe, HOME and the XDG folders under <paramref name="home"/>.</summary>
    public static ShellProcess Piped(string home, params string[] args) => PipedWithPath(home, null, args);

    /// <summary>As <see cref="Piped"/>, with PATH set to <paramref name="path"/> (where `:play` looks for a player).</summary>
    public static ShellProcess PipedWithPath(string home, string? path, params string[] args)
    {
        var start = Start(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", home);
        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        start.ArgumentList.Add(ServeProcess.FindCliDll());
        start.ArgumentList.Add("shell");
        args.ToList().ForEach(start.ArgumentList.Add);
        return new ShellProcess(start);
    }

    /// <summary>
    /// `scraper shell ARGS` on a pseudo-terminal made by util-linux `script`: what the test writes is typed at the
    /// terminal (keys, Ctrl+C as byte 3, Ctrl+D as byte 4); stdout shows the terminal, stderr and stdout together.
    /// </summary>
    public static ShellProcess OnTerminal(string home, params string[] args)
    {
        var start = Start("script", home);
        start.Environment["TERM"] = "xterm";
        var command = new[] { Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", ServeProcess.FindCliDll(), "shell" }.Concat(args);

        // exec: the shell that script starts gives the terminal, and its Ctrl+C, to the CLI alone.
        start.ArgumentList.Add("-qfec");
        start.ArgumentList.Add("stty cols 100 rows 40; exec " + string.Join(' ', command.Select(Quote)));
        start.ArgumentList.Add("/dev/null");
        return new ShellProcess(start);
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does.</summary>
    public async Task InterruptAsync()
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async Task TypeAsync(string text)
    {
        await process.StandardInput.WriteAsync(text);
        await process.StandardInput.FlushAsync();
    }

    /// <summary>Bytes as they are, text or not (a key from a terminal set to Latin-1).</summary>
    public async Task TypeBytesAsync(byte[] bytes)
    {
        await process.StandardInput.FlushAsync();
        await process.StandardInput.BaseStream.WriteAsync(bytes);
        await process.StandardInput.BaseStream.FlushAsync();
    }

    public void CloseInput() => process.StandardInput.Close();

    /// <summary>Waits until stdout has <paramref name="text"/> <paramref name="times"/> times.</summary>
    public async Task WaitForOutAsync(string text, int times = 1) => await WaitAsync(() => Count(Out, text) >= times, $"'{text}' {times} time(s) on stdout");

    public async Task WaitForErrorAsync(string text) => await WaitAsync(() => Error.Contains(text, StringComparison.Ordinal), $"'{text}' on stderr");

    public async Task WaitUntilAsync(Func<bool> condition, string what) => await WaitAsync(condition, what);

    public async Task<int> ExitCodeAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        await process.WaitForExitAsync(timeout.Token);
        await reading;
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    public static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static ProcessStartInfo Start(string file, string home)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.Environment["HOME"] = home;
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        return start;
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static async Task Pump(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (into)
            {
                into.Append(buffer, 0, read);
            }
        }
    }

    private async Task WaitAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (process.HasExited)
            {
                // Its last output may still be on the way: read it all before deciding.
                await reading;
            }

            if (waited.Elapsed > Patience || process.HasExited && !condition())
            {
                Assert.Fail($"waited for {what}; the shell {(process.HasExited ? "exited" : "did not show it")}.\nstdout:\n{Out}\nstderr:\n{Error}");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
