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
            // Darker than MudBlazor's 54% black, so secondary text keeps 4.5:1 contrast on the tinted boxes too.
            TextSecondary = "#4f5660",
            // Darker than MudBlazor's defaults, so the messages of alerts keep 4.5:1 contrast on their tinted background.
            Error = "#b3261e",
            Success = "#1b5e20",
            Info = "#0d47a1",
            // MudBlazor's orange (#ff9800) has 2.2:1 against white: the text of warnings and of "Concept" chips needs 4.5:1.
            Warning = "#8a5000",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily },
            // Buttons in sentence case ("Exporteren naar Excel"), not MudBlazor's capitals: easier to read, and Dutch
            // writes labels that way. The plain-anchor buttons in app.css (export-link) follow this.
            Button = new ButtonTypography { FontFamily = FontFamily, TextTransform = "none" },
        },
    };
}
