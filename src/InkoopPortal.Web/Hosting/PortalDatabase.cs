using InkoopPortal.Application;
using InkoopPortal.Application.Import;
using InkoopPortal.Infrastructure;
using InkoopPortal.Infrastructure.Persistence;

namespace InkoopPortal.Web.Hosting;

public static class PortalDatabase
{
    public const string DataFolderKey = "DataFolder";
    public const string ShippedDataFolderKey = "ShippedDataFolder";

    /// <summary>
    /// Registers the database chosen by <c>Database:Provider</c> and the use cases. The embedded SQLite file lives
    /// in <c>DataFolder</c>, by default <c>App_Data</c> under the content root.
    /// </summary>
    public static WebApplicationBuilder AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.FromConfiguration(builder.Configuration, DataFolder(builder));
        builder.Services.AddPortalInfrastructure(settings);
        builder.Services.AddPortalApplication(ShippedDataFolder(builder), ImportSettings(builder.Configuration));
        return builder;
    }

    /// <summary><c>Import:MaxFileBytes</c>: the largest file or paste any import accepts; refused at start when not positive.</summary>
    public static ImportOptions ImportSettings(IConfiguration configuration)
    {
        var options = new ImportOptions();
        var configured = configuration.GetValue<long?>("Import:MaxFileBytes");
        if (configured is { } bytes)
        {
            if (bytes <= 0)
            {
                throw new InvalidOperationException($"Import:MaxFileBytes moet een positief aantal bytes zijn, niet {bytes}.");
            }

            options = new ImportOptions { MaxFileBytes = bytes };
        }

        return options;
    }

    /// <summary>The reference data and source documents that ship with the app (copied next to it by the build).</summary>
    public static string ShippedDataFolder(WebApplicationBuilder builder) =>
        builder.Configuration[ShippedDataFolderKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "data");

    public static string DataFolder(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[DataFolderKey];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(builder.Environment.ContentRootPath, "App_Data")
            : Path.GetFullPath(configured, builder.Environment.ContentRootPath);
    }
}
