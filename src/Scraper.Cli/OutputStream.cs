namespace Scraper.Cli;

/// <summary>
/// Where results are written (a file, or standard output), with its write failures turned into an
/// <see cref="OutputFailedException"/> that names it, so the command line can tell them from every other I/O error.
/// </summary>
internal sealed class OutputStream(Stream inner, string target) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Standard output. Into a pipe or a terminal, a plain stream over file descriptor 1: unlike Console's stream, it
    /// reports a closed pipe (EPIPE). Into a file, Console's stream, which writes at the descriptor's shared offset:
    /// a FileStream would keep an offset of its own (pwrite), so in `{ scraper …; echo; } &gt; FILE` or `&gt; FILE 2&gt;&amp;1`
    /// the next writer would overwrite the results. Console's stream still reports a full disk (ENOSPC).
    /// </summary>
    public static Stream Stdout()
    {
        if (OperatingSystem.IsWindows())
        {
            return new OutputStream(Console.OpenStandardOutput(), "standard output");
        }

        var descriptor = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (descriptor.CanSeek)
        {
            descriptor.Dispose();
            return new OutputStream(Console.OpenStandardOutput(), "standard output");
        }

        return new OutputStream(descriptor, "standard output");
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            throw new OutputFailedException(target, ex);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(buffer, cancellationToken);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            throw new OutputFailedException(target, ex);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            throw new OutputFailedException(target, ex);
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await inner.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            throw new OutputFailedException(target, ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        try
        {
            if (disposing)
            {
                // A buffered stream writes what it holds when disposed: that write can fail too.
                inner.Dispose();
            }
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            throw new OutputFailedException(target, ex);
        }
        finally
        {
            base.Dispose(disposing);
        }
    }

    // A failed write(2) is an IOException carrying errno, except EFBIG (over the file size limit), which .NET reports
    // as an ArgumentOutOfRangeException although every argument here is in range, and EBADF or EACCES (a closed
    // standard output, `>&-`), which it reports as an UnauthorizedAccessException.
    private static bool IsWriteFailure(Exception ex) => ex is IOException or ArgumentOutOfRangeException or UnauthorizedAccessException;
}
