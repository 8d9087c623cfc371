using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Scraper.Tests.Support;

/// <summary>The test servers' one way to start: Kestrel alone on 127.0.0.1, a free port, one request handler.</summary>
internal static class LoopbackApp
{
    /// <param name="listen">Configures the listener (TLS, for one); null: plain HTTP.</param>
    /// <returns>The running app and its address, "http(s)://127.0.0.1:PORT" without a trailing slash.</returns>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(RequestDelegate handle, CancellationToken cancellationToken, Action<ListenOptions>? listen = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen ?? (_ => { })));
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new Uri(address.TrimEnd('/')));
    }
}
