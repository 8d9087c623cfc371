using Scraper.Audio;
using System.Diagnostics;
using Scraper.Cli.Audio;
using Scraper.Tests.Support;

namespace Scraper.Tests.Audio;

/// <summary>
/// A recording saved on a full disk leaves nothing under its name. The disk is a 16 KiB tmpfs that the test mounts and
/// fills, which needs root (the CI container runs as root); elsewhere the test is skipped, saying why.
/// </summary>
public sealed class FullDiskRecordingTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private bool mounted;

    public void Dispose()
    {
        if (mounted)
        {
            Run("umount", directory.Path);
        }

        directory.Dispose();
    }

    [Fact]
    public void A_small_recording_on_a_full_disk_fails_and_leaves_no_file_under_its_name()
    {
        // Arrange: a full file system
        mounted = OperatingSystem.IsLinux() && Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", directory.Path);
        Assert.SkipUnless(mounted, "needs root on Linux to mount a small tmpfs");
        Fill(directory.Path);
        var folder = new RecordingFolder(directory.Path);

        // Act
        var failure = Record.Exception(() => folder.Save("love", null, "uk", new RecordingFile("http://127.0.0.1/love.mp3", new byte[1000], null)));

        // Assert
        Assert.IsType<IOException>(failure, exactMatch: false);
        Assert.Equal(["filler"], Directory.GetFiles(directory.Path).Select(Path.GetFileName));
    }

    private static void Fill(string path)
    {
        using var filler = new FileStream(Path.Combine(path, "filler"), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[1024];
        try
        {
            while (true)
            {
                filler.Write(block);
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    private static bool Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
