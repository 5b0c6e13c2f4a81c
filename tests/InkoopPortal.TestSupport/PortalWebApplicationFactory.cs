using InkoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace InkoopPortal.TestSupport;

/// <summary>
/// Runs the real app in memory on a clean, temporary data folder, so the embedded SQLite default is created and
/// migrated from nothing, exactly as on a first start. The folder is removed on dispose.
/// </summary>
public class PortalWebApplicationFactory : WebApplicationFactory<Program>
{
    public string DataFolder { get; } =
        Path.Combine(Path.GetTempPath(), $"inkoopportal-web-{Guid.NewGuid():N}");

    public string SqliteFile => Path.Combine(DataFolder, "inkoopportal.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting (not ConfigureAppConfiguration): Program reads these before the host is built.
        builder.UseSetting("DataFolder", DataFolder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        ConfigureDatabase(builder);
    }

    /// <summary>The database the app runs on; the default is the embedded SQLite file in <see cref="DataFolder"/>.</summary>
    protected virtual void ConfigureDatabase(IWebHostBuilder builder) =>
        builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
