using MudBlazor;

namespace InkoopPortal.Web.Components.Layout;

/// <summary>The portal's colours and fonts. System fonts: no font is fetched from a third party.</summary>
internal static class PortalTheme
{
    private static readonly string[] FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#154273",
            AppbarBackground = "#154273",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily },
        },
    };
}
