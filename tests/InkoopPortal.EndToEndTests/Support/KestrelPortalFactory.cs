using InkoopPortal.TestSupport;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Support;

/// <summary>
/// The real app (on a clean temporary data folder, so it migrates and seeds the shipped sources as on a first
/// start) served by Kestrel on a free port on 127.0.0.1, where a real browser can reach it.
/// </summary>
public sealed class KestrelPortalFactory : PortalWebApplicationFactory
{
    public KestrelPortalFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the app and returns the address Kestrel listens on.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.Single());
    }
}
