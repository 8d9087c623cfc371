using System.Net;
using System.Net.Sockets;
using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Results;
using Scraper.Sites;
using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

/// <summary>Redirects against real servers: which are followed, and what a refused one says.</summary>
public sealed class RedirectTests
{
    private const string Host = "dictionary.test";

    [Fact]
    public async Task A_redirect_from_http_to_https_on_the_same_host_is_followed()
    {
        // Arrange: http://dictionary.test (port 80) redirects to https://dictionary.test (port 443). The client's
        // connections to those two ports go to two local servers, one plain, one TLS, as a hosts file would send them.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var plain = await FixtureServer.StartAsync(cancellationToken);
        await using var secure = await TlsPageServer.StartAsync(Host, JsonResults.Prefix + "florp", FixtureResponse.ReadFixture("florp_1.html"), cancellationToken);
        plain.Script(JsonResults.Prefix + "florp", FixtureResponse.Redirect($"https://{Host}{JsonResults.Prefix}florp"));
        using var client = Client(plain.BaseUrl.Port, secure);
        using var session = Engine.Session(new FetchOptions { Retries = 0 }, client: client);
        var lookup = session.Site("macmillan-uk", new Uri($"http://{Host}"));

        // Act
        var result = await session.LookupAsync(lookup, "florp", cancellationToken);

        // Assert
        Assert.Equal((LookupStatus.Found, null), (result.Status, result.Error));
        Assert.Equal(1, plain.RequestsTo(JsonResults.Prefix + "florp"));
        Assert.Equal(1, secure.RequestsTo(JsonResults.Prefix + "florp"));
    }

    [Fact]
    public async Task Too_many_redirects_say_so_and_not_that_the_redirect_left_the_site()
    {
        // Arrange: a page that redirects to itself, for ever.
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Script(JsonResults.Prefix + "florp", FixtureResponse.Redirect(JsonResults.Prefix + "florp"));

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "--format", "json");

        // Assert
        var result = JsonResults.Single(run.Out);
        var error = result.GetProperty("error").GetString();
        Assert.Equal("failed", result.Status());
        Assert.Equal("too many redirects (more than 5)", error);
        Assert.Equal(6, server.RequestsTo(JsonResults.Prefix + "florp"));
        Assert.Equal(3, run.ExitCode);
    }

    // A real SocketsHttpHandler whose connections to dictionary.test go to the local servers; it trusts the test's certificate only.
    private static HttpClient Client(int plainPort, TlsPageServer secure)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                Assert.Equal(Host, context.DnsEndPoint.Host);
                var port = context.DnsEndPoint.Port switch
                {
                    80 => plainPort,
                    443 => secure.Port,
                    var other => throw new InvalidOperationException($"no test server for port {other}"),
                };
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == secure.Certificate.GetCertHashString();
        return new HttpClient(handler);
    }
}
