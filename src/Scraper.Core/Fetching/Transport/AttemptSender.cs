using System.Net.Http.Headers;

namespace Scraper.Fetching;

/// <summary>
/// Sends one attempt: follows redirects that stay on the same host and reads the body up to the size cap. The body is
/// kept as bytes: the parser decodes it as a browser would, from its BOM, its Content-Type or its &lt;meta&gt;.
/// Has a synchronous twin of every step so that the "sync" benchmark mode blocks for real.
/// </summary>
internal sealed class AttemptSender(HttpClient client, FetchOptions options, TimeProvider time)
{
    /// <param name="validators">A cached copy's ETag and Last-Modified: sent as a conditional request, so the site may answer 304.</param>
    /// <param name="followRedirect">
    /// When given, a redirect on the site is followed only if this says yes; otherwise the redirect itself is the answer,
    /// with its target in <see cref="PageResponse.RedirectedTo"/>.
    /// </param>
    /// <param name="phases">Told the time spent connecting (through the request) and reading the body.</param>
    /// <param name="readAtMost">When given, the body is read up to this many bytes and the rest left unread, instead of refused over the cap (robots.txt, RFC 9309 §2.5).</param>
    public async ValueTask<PageResponse> SendAsync(Uri url, PageHeaders? validators, Func<Uri, bool>? followRedirect, CancellationToken cancellationToken, RequestPhases? phases = null, int? readAtMost = null)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            using var request = NewRequest(current, validators, phases);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var next = NextHop(url, current, response, hop);
            if (next is null || followRedirect?.Invoke(next) == false)
            {
                var bodyStarted = time.GetTimestamp();
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                var (body, bytes) = await ReadCappedAsync(stream, response.Content.Headers, readAtMost, cancellationToken);
                phases?.BodyMs += time.GetElapsedTime(bodyStarted).TotalMilliseconds;
                return new PageResponse((int)response.StatusCode, current, body, bytes, RetryAfter(response), HeadersOf(response)) { RedirectedTo = next };
            }

            current = next;
        }
    }

    public PageResponse Send(Uri url, PageHeaders? validators, Func<Uri, bool>? followRedirect, CancellationToken cancellationToken, RequestPhases? phases = null, int? readAtMost = null)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            using var request = NewRequest(current, validators, phases);
            using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var next = NextHop(url, current, response, hop);
            if (next is null || followRedirect?.Invoke(next) == false)
            {
                var bodyStarted = time.GetTimestamp();
                using var stream = response.Content.ReadAsStream(cancellationToken);
                var (body, bytes) = ReadCapped(stream, response.Content.Headers, readAtMost, cancellationToken);
                phases?.BodyMs += time.GetElapsedTime(bodyStarted).TotalMilliseconds;
                return new PageResponse((int)response.StatusCode, current, body, bytes, RetryAfter(response), HeadersOf(response)) { RedirectedTo = next };
            }

            current = next;
        }
    }

    private static HttpRequestMessage NewRequest(Uri url, PageHeaders? validators, RequestPhases? phases)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (phases is not null)
        {
            request.Options.Set(RequestPhases.Key, phases);
        }

        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        return request;
    }

    private static PageHeaders HeadersOf(HttpResponseMessage response) => new(
        response.Content.Headers.ContentType?.ToString(),
        response.Headers.ETag?.ToString(),
        response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    private Uri? NextHop(Uri origin, Uri current, HttpResponseMessage response, int hop) =>
        TransientStatus.IsRedirect((int)response.StatusCode) && response.Headers.Location is { } location
            ? RedirectPolicy.Next(origin, current, location, hop, options.MaxRedirects)
            : null;

    private async ValueTask<(ReadOnlyMemory<byte> Body, long Bytes)> ReadCappedAsync(Stream stream, HttpContentHeaders headers, int? readAtMost, CancellationToken cancellationToken)
    {
        RefuseDeclaredOversize(headers, readAtMost);
        var buffer = NewBuffer(headers, readAtMost);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0 && Append(buffer, chunk, read, readAtMost))
        {
        }

        return (BodyOf(buffer), buffer.Length);
    }

    private (ReadOnlyMemory<byte> Body, long Bytes) ReadCapped(Stream stream, HttpContentHeaders headers, int? readAtMost, CancellationToken cancellationToken)
    {
        RefuseDeclaredOversize(headers, readAtMost);
        var buffer = NewBuffer(headers, readAtMost);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Append(buffer, chunk, read, readAtMost))
            {
                break;
            }
        }

        return (BodyOf(buffer), buffer.Length);
    }

    // Sized from Content-Length when the site sends it, so a 184 KB page is not copied on every doubling.
    private static MemoryStream NewBuffer(HttpContentHeaders headers, int? readAtMost) =>
        new(headers.ContentLength is > 0 and <= int.MaxValue ? (int)Math.Min(headers.ContentLength.Value, readAtMost ?? int.MaxValue) : 64 * 1024);

    private void RefuseDeclaredOversize(HttpContentHeaders headers, int? readAtMost)
    {
        if (readAtMost is null && headers.ContentLength > options.MaxPageBytes)
        {
            throw new PageTooLargeException(options.MaxPageBytes);
        }
    }

    // False once readAtMost bytes are in: the rest is not read.
    private bool Append(MemoryStream buffer, byte[] chunk, int read, int? readAtMost)
    {
        if (readAtMost is { } most)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, most - buffer.Length));
            return buffer.Length < most;
        }

        if (buffer.Length + read > options.MaxPageBytes)
        {
            throw new PageTooLargeException(options.MaxPageBytes);
        }

        buffer.Write(chunk, 0, read);
        return true;
    }

    // The buffer itself, not a copy: a MemoryStream holds nothing that disposing it would free.
    private static ReadOnlyMemory<byte> BodyOf(MemoryStream buffer) => new(buffer.GetBuffer(), 0, (int)buffer.Length);

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date - time.GetUtcNow());
        if (delay is null)
        {
            return null;
        }

        var positive = delay.Value < TimeSpan.Zero ? TimeSpan.Zero : delay.Value;
        return positive > options.MaxRetryAfter ? options.MaxRetryAfter : positive;
    }
}
