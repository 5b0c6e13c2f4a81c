using System.Net;
using InkoopPortal.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Search;

/// <summary>
/// The seeded app behind real Kestrel on 127.0.0.1 (not the in-memory test server), so the request-line limits that
/// long search queries meet are Kestrel's own.
/// </summary>
public sealed class SearchPortal : PortalWebApplicationFactory
{
    private readonly Lazy<Uri> _address;

    public SearchPortal()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _address = new Lazy<Uri>(() =>
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.Single());
        });
    }

    public Uri Address => _address.Value;

    public HttpClient Http() => new() { BaseAddress = Address };
}
