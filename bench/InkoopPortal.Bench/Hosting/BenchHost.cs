using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace InkoopPortal.Bench.Hosting;

/// <summary>
/// The real portal in this process, on Kestrel at 127.0.0.1 and a free port: the same registrations and pipeline as
/// the portal's Program.cs (the <c>AddPortal*</c>/<c>UsePortal*</c> extensions), on the benchmark database, plus
/// the baseline endpoint (b), a static-file folder for the copy of the page (c), a circuit counter, and the
/// response-cache experiment (see <see cref="ResponseCacheExperiment"/>).
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    public const string StaticPath = "/bench/statisch";

    private readonly WebApplication _app;

    private BenchHost(WebApplication app, Uri address, string staticFolder)
    {
        _app = app;
        Address = address;
        StaticFolder = staticFolder;
    }

    public Uri Address { get; }

    /// <summary>Files here are served under <see cref="StaticPath"/> by the static-file middleware.</summary>
    public string StaticFolder { get; }

    public IServiceProvider Services => _app.Services;

    public CircuitCounter Circuits => _app.Services.GetRequiredService<CircuitCounter>();

    public static async Task<BenchHost> StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        var portalAssembly = typeof(PortalUi).Assembly;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The portal's name: Blazor finds its components, MapStaticAssets its manifest (copied next to this program).
            ApplicationName = portalAssembly.GetName().Name,
            ContentRootPath = RepositoryPaths.PortalProject,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Postgres),
            ["ConnectionStrings:Postgres"] = connectionString,
        });

        // The same services as Program.cs.
        builder.AddPortal();

        // Benchmark only.
        builder.Services.AddSingleton<CircuitCounter>();
        builder.Services.AddScoped<CircuitHandler, CountingCircuitHandler>();
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton<BaselineMatrixEndpoint>();
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<ResponseCacheExperiment>();

        var app = builder.Build();
        await app.Services.InitializePortalDatabaseAsync(importShippedSources: false, cancellationToken);

        var staticFolder = Directory.CreateTempSubdirectory("inkoopportal-bench-www-").FullName;
        app.UsePortal();
        // Endpoints run at the end of the pipeline, so this middleware still sees its requests first.
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(staticFolder), RequestPath = StaticPath });
        app.MapGet(BaselineMatrixEndpoint.Path, (HttpContext context, BaselineMatrixEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapGet(ResponseCacheExperiment.Path, (HttpContext context, ResponseCacheExperiment experiment) => experiment.HandleAsync(context));

        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        app.Services.GetRequiredService<ResponseCacheExperiment>().PortalAddress = address;
        return new BenchHost(app, address, staticFolder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(StaticFolder, recursive: true);
    }
}
