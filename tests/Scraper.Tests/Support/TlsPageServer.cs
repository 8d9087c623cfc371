using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Scraper.Tests.Support;

/// <summary>
/// A Kestrel server speaking HTTPS on 127.0.0.1 with a self-signed certificate made for the test, serving one page at
/// one path (404 elsewhere). Counts the requests to each path.
/// </summary>
internal sealed class TlsPageServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly string path;
    private readonly string html;
    private WebApplication app = null!;

    private TlsPageServer(string path, string html, X509Certificate2 certificate)
    {
        this.path = path;
        this.html = html;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public int Port { get; private set; }

    public static async Task<TlsPageServer> StartAsync(string hostName, string path, string html, CancellationToken cancellationToken)
    {
        var server = new TlsPageServer(path, html, SelfSigned(hostName));
        (server.app, var address) = await LoopbackApp.StartAsync(server.HandleAsync, cancellationToken, listen => listen.UseHttps(server.Certificate));
        server.Port = address.Port;
        return server;
    }

    public int RequestsTo(string target) => counts.GetValueOrDefault(target);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var target = context.Request.Path.Value ?? "/";
        counts.AddOrUpdate(target, 1, (_, n) => n + 1);
        if (target != path)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    // Exported and loaded again: Kestrel needs a certificate whose private key is not ephemeral.
    private static X509Certificate2 SelfSigned(string hostName)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={hostName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(hostName);
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }
}
