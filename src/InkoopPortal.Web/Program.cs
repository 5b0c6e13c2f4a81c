using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.Web.Cli;
using InkoopPortal.Web.Hosting;
using Serilog;

Log.Logger = PortalLogging.CreateBootstrapLogger();
try
{
    // A sub-command's arguments are not host configuration (a path such as /data/x.txt would be read as a switch).
    var builder = WebApplication.CreateBuilder(CommandLine.IsCommand(args) ? [] : args);
    builder.AddPortal();

    // ---- Command-line sub-commands (e.g. `import`) are dispatched here: same services, no web server. ----
    if (CommandLine.IsCommand(args))
    {
        return await CommandLine.RunAsync(args, builder);
    }

    var app = builder.Build();
    // The first administrator is made under the same start-up lock as the migrations and the seeding (ADR-023).
    await app.Services.InitializePortalDatabaseAsync(thenUnderLock: _ => app.EnsurePortalAdministratorAsync());

    app.UsePortal();
    app.AnnounceUrlsOnStart();

    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "InkoopPortal is gestopt door een fout bij het starten");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point; public so that the web tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
