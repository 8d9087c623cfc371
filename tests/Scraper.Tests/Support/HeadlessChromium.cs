using System.Diagnostics;

namespace Scraper.Tests.Support;

/// <summary>Debian's Chromium, headless, with a fresh profile each run and nothing fetched in the background.</summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool Installed => File.Exists(Path);

    /// <summary>The DOM after parsing and layout of <paramref name="file"/>, and what Chromium logged.</summary>
    public static Task<(string Out, string Error)> DumpDomAsync(string file) => RunAsync(file, "--dump-dom");

    /// <summary>Writes a PNG of the page's first <paramref name="height"/> pixels at 1280 wide; returns what Chromium logged.</summary>
    public static async Task<string> ScreenshotAsync(string file, string png, int height) =>
        (await RunAsync(file, $"--screenshot={png}", $"--window-size=1280,{height}", "--hide-scrollbars")).Error;

    private static async Task<(string Out, string Error)> RunAsync(string file, params string[] options)
    {
        using var profile = new TempDirectory();
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", $"--user-data-dir={profile.Path}", "--enable-logging=stderr", "--v=0", .. options, new Uri(file).AbsoluteUri])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (await output, await error);
    }
}
