using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace InkoopPortal.Web.Hosting;

/// <summary>The portal speaks Dutch only: dates, numbers and texts use nl-NL for every request and circuit.</summary>
public static class PortalCulture
{
    public const string Name = "nl-NL";

    public static WebApplicationBuilder AddPortalCulture(this WebApplicationBuilder builder)
    {
        var culture = CultureInfo.GetCultureInfo(Name);
        // Background work (start-up, the import command, circuits' timers) has no request culture.
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;

        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(culture);
            options.SupportedCultures = [culture];
            options.SupportedUICultures = [culture];
            options.RequestCultureProviders.Clear();
        });
        return builder;
    }

    public static WebApplication UsePortalCulture(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
