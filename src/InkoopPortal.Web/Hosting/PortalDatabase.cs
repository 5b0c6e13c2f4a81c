using InkoopPortal.Application;
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
        builder.Services.AddPortalApplication(ShippedDataFolder(builder));
        return builder;
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
