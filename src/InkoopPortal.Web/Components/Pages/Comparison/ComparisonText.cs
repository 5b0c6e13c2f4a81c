using System.Globalization;
using InkoopPortal.Domain;

namespace InkoopPortal.Web.Components.Pages.Comparison;

/// <summary>Dutch wording shared by the comparison pages.</summary>
internal static class ComparisonText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string LawName(Law law) => law switch
    {
        Law.Zvw => "Zorgverzekeringswet (Zvw)",
        Law.Wlz => "Wet langdurige zorg (Wlz)",
        _ => law.ToString(),
    };

    /// <summary>"5 maart 2026".</summary>
    public static string Date(DateTimeOffset moment) => moment.ToString("d MMMM yyyy", Dutch);

    public static string Years(int from, int to) => from == to ? from.ToString(CultureInfo.InvariantCulture) : $"{from}–{to}";
}
