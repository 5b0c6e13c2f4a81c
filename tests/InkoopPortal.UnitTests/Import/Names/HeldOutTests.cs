using InkoopPortal.Application.Import.Names;

namespace InkoopPortal.UnitTests.Import.Names;

/// <summary>
/// Names written after the thresholds and the generic words were chosen, and not used to change them: a check that
/// the matcher generalises beyond the variants it was built on. Expected slug null means new (or a conflict: see kind).
/// </summary>
public class HeldOutTests
{
    [Theory]
    [InlineData("Zilveren  Kruis", "huisartsenzorg", NameMatchKind.Exact, "zilveren-kruis")]
    [InlineData("ZILVEREN KRUIS", "ggz", NameMatchKind.Exact, "zilveren-kruis")]
    [InlineData("Zilveren-Kruis", "msz", NameMatchKind.Exact, "zilveren-kruis")]
    [InlineData("Zorg en Zekerheid (Z&Z)", "huisartsenzorg", NameMatchKind.Normalized, "zorg-en-zekerheid")]
    [InlineData("VGZ (Coöperatie)", "elv", NameMatchKind.Normalized, "vgz")]
    [InlineData("a.s.r. (De Amersfoortse)", "grz", NameMatchKind.Normalized, "asr")]
    [InlineData("Menzis Zorgverzekeraar", "huisartsenzorg", NameMatchKind.Normalized, "menzis")]
    [InlineData("Onvz", "huisartsenzorg", NameMatchKind.Exact, "onvz")]
    [InlineData("Caresq zorgverzekeraar", "gzsp", NameMatchKind.Normalized, "caresq")]
    [InlineData("Zilveren Kruis / De Friesland", "huisartsenzorg", NameMatchKind.Normalized, "zilveren-kruis")]
    [InlineData("Menzes", "huisartsenzorg", NameMatchKind.New, null)]
    [InlineData("Zorgverzekeraar Noord", "huisartsenzorg", NameMatchKind.New, null)]
    [InlineData("Univé", "huisartsenzorg", NameMatchKind.Conflict, null)]
    [InlineData("Zorgkantoor Zilveren Kruis", "wlz-vv", NameMatchKind.Alias, "zorgkantoor-achmea")]
    [InlineData("ZK zorgkantoor", "wlz-gz", NameMatchKind.Alias, "zorgkantoor-achmea")]
    [InlineData("CZ Zorgkantoor B.V.", "wlz-vv", NameMatchKind.Normalized, "zorgkantoor-cz")]
    [InlineData("Unive", "wlz-ggz", NameMatchKind.Normalized, "zorgkantoor-unive")]
    // Written as in Frisian, without the "d": one letter off, so similar (score 94), not exact.
    [InlineData("Zorgkantoor Frieslân", "wlz-vv", NameMatchKind.Similar, "zorgkantoor-friesland")]
    [InlineData("Zorgkantoor Midden", "wlz-vv", NameMatchKind.New, null)]
    [InlineData("Zorgkantoor Trias (VGZ)", "wlz-gz", NameMatchKind.Normalized, "zorgkantoor-trias")]
    [InlineData("Menzis", "wlz-vv", NameMatchKind.Normalized, "zorgkantoor-menzis")]
    [InlineData("a.s.r.", "wlz-vv", NameMatchKind.Conflict, null)]
    [InlineData("Zorgkantoor Zorg & Zekerheid", "wlz-vv", NameMatchKind.Normalized, "zorgkantoor-zorg-en-zekerheid")]
    [InlineData("Stichting Zorgkantoor Menzis", "wlz-gz", NameMatchKind.Normalized, "zorgkantoor-menzis")]
    public void Purchasers(string written, string careType, NameMatchKind kind, string? slug)
    {
        var catalog = ReferenceCatalog.Load();

        var match = catalog.MatchPurchaser(written, catalog.CareTypes(careType));

        (match.Kind, match.Slug).Should().Be((kind, slug), match.Describe(written));
    }

    [Theory]
    [InlineData("ALGEMEEN", "huisartsenzorg", NameMatchKind.Exact, "algemeen")]
    [InlineData("Regio plan", "huisartsenzorg", NameMatchKind.Exact, "regioplan")]
    [InlineData("Arbeidsmarktproblematiek", "huisartsenzorg", NameMatchKind.Exact, "arbeidsmarktproblematiek")]
    [InlineData("Arbeidsmarkt problematiek / toegankelijkheid", "huisartsenzorg", NameMatchKind.Exact, "arbeidsmarktproblematiek")]
    [InlineData("Randvoorwaarden (R)", "huisartsenzorg", NameMatchKind.Normalized, "randvoorwaarden")]
    [InlineData("Randvoorwaarde", "huisartsenzorg", NameMatchKind.Similar, "randvoorwaarden")]
    [InlineData("Overig / diversen", "huisartsenzorg", NameMatchKind.Normalized, "overig")]
    [InlineData("Inkoopsystematiek", "wlz-gz", NameMatchKind.Alias, "kernelementen")]
    [InlineData("Contracteer ruimte", "wlz-vv", NameMatchKind.Exact, "contracteerruimte")]
    [InlineData("Herschikking (vervolg)", "wlz-ggz", NameMatchKind.Normalized, "herschikking")]
    [InlineData("Kernelementen", "huisartsenzorg", NameMatchKind.New, null)]
    [InlineData("Ketenzorg diabetes", "huisartsenzorg", NameMatchKind.New, null)]
    public void Topics(string written, string careType, NameMatchKind kind, string? slug)
    {
        var catalog = ReferenceCatalog.Load();

        var match = catalog.MatchTopic(written, catalog.CareTypes(careType));

        (match.Kind, match.Slug).Should().Be((kind, slug), match.Describe(written));
    }
}
