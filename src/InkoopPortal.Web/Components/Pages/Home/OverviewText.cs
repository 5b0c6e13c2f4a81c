using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.Web.Components.Pages.Home;

/// <summary>How the start page words the overview's values in Dutch.</summary>
internal static class OverviewText
{
    public static string KindHeading(PurchaserKind kind) => kind switch
    {
        PurchaserKind.HealthInsurer => "Zorgverzekeraars",
        PurchaserKind.CareOffice => "Zorgkantoren",
        _ => kind.ToString(),
    };

    public static string LawFullName(Law law) => law switch
    {
        Law.Zvw => "Zorgverzekeringswet",
        Law.Wlz => "Wet langdurige zorg",
        _ => law.ToString(),
    };

    /// <summary>"2024" for one year, "2023–2024" (en dash) for a multi-year document.</summary>
    public static string ValidYears(int from, int to) => from == to ? $"{from}" : $"{from}–{to}";

    /// <summary>The host name without "www.", e.g. "cz.nl"; the address itself when it is not a valid URL.</summary>
    public static string WebsiteLabel(string website) =>
        Uri.TryCreate(website, UriKind.Absolute, out var uri)
            ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host
            : website;
}

/// <summary>Where the start page links on to.</summary>
internal static class HomeLinks
{
    /// <summary>The matrix of a care type, of <paramref name="year"/> or (null) its most recent year with data.</summary>
    public static string Matrix(string careTypeSlug, int? year) =>
        year is { } value
            ? $"vergelijk?jaar={value}&zorgsoort={Uri.EscapeDataString(careTypeSlug)}"
            : $"vergelijk?zorgsoort={Uri.EscapeDataString(careTypeSlug)}";
}
