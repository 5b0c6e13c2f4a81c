using Serilog;
using Serilog.Events;

namespace InkoopPortal.Web.Hosting;

/// <summary>Serilog: a bootstrap logger for start-up failures, then the configuration's <c>Serilog</c> section.</summary>
public static class PortalLogging
{
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateBootstrapLogger();

    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: every host (tests start several in one process) gets its own logger instead of
        // freezing the shared static bootstrap logger, which can only be frozen once.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request; health probes and static files only at Verbose/Debug so the log stays readable.</summary>
    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} gaf {StatusCode} in {Elapsed:0} ms";
            options.GetLevel = (context, _, exception) =>
                exception is not null ? LogEventLevel.Error
                : PortalHealthChecks.IsProbe(context.Request.Path) ? LogEventLevel.Verbose
                : context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : IsStaticAsset(context) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
        return app;
    }

    private static bool IsStaticAsset(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/_framework")
        || context.Request.Path.StartsWithSegments("/_content")
        || context.Request.Path.StartsWithSegments("/_blazor")
        || Path.HasExtension(context.Request.Path.Value);
}
