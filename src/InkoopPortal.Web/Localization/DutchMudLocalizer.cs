using System.Collections.Frozen;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace InkoopPortal.Web.Localization;

/// <summary>
/// Dutch texts for MudBlazor's own labels (close buttons, table loading...). Keys missing here fall back to
/// MudBlazor's English; add a key when a component we use shows English.
/// </summary>
internal sealed class DutchMudLocalizer : MudLocalizer
{
    private static readonly FrozenDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["MudAlert_Close"] = "Sluiten",
        ["MudBreadcrumbs_Label"] = "Kruimelpad",
        ["MudChip_Close"] = "Verwijderen",
        ["MudDialog_Close"] = "Sluiten",
        ["MudFormComponent_Required"] = "Verplicht",
        ["MudInput_Clear"] = "Wissen",
        ["MudNavGroup_ToggleExpand"] = "{0} in- of uitklappen",
        ["MudSnackbar_Close"] = "Sluiten",
        ["MudTable_Loading"] = "Laden...",
        ["MudTablePager_FirstPage"] = "Eerste pagina",
        ["MudTablePager_PreviousPage"] = "Vorige pagina",
        ["MudTablePager_NextPage"] = "Volgende pagina",
        ["MudTablePager_LastPage"] = "Laatste pagina",
    }.ToFrozenDictionary();

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, text)
            : new LocalizedString(key, key, resourceNotFound: true);

    public override LocalizedString this[string key, params object[] arguments] =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, string.Format(System.Globalization.CultureInfo.CurrentCulture, text, arguments))
            : new LocalizedString(key, key, resourceNotFound: true);
}
