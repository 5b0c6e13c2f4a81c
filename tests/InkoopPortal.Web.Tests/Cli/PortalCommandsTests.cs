using InkoopPortal.Application.Import;
using InkoopPortal.Web.Cli;

namespace InkoopPortal.Web.Tests.Cli;

/// <summary>The command line as System.CommandLine reads it, with every message and the help in Dutch.</summary>
public class PortalCommandsTests
{
    [Fact]
    public void Full_command_line_becomes_an_import_request()
    {
        var request = Import("data/beleid.txt", "--year", "2024", "--care-type", "msz,huisartsenzorg", "--purchaser", "zorg-en-zekerheid",
            "--format", "policy", "--draft", "--publisher", "Zorg en Zekerheid", "--source-url", "https://www.zorgenzekerheid.nl/zorginkoop");

        request.Should().BeEquivalentTo(new
        {
            FilePath = "data/beleid.txt", Year = 2024, PurchaserSlug = "zorg-en-zekerheid", Format = (SourceFormat?)SourceFormat.PolicyText,
            Publish = false, CreateUnknownNames = false, Publisher = "Zorg en Zekerheid", SourceUrl = "https://www.zorgenzekerheid.nl/zorginkoop",
        });
        request.CareTypeSlugs.Should().Equal("msz", "huisartsenzorg");
    }

    [Fact]
    public void Options_may_come_first_use_equals_signs_Dutch_names_and_leave_out_what_is_optional()
    {
        var request = Import("--jaar=2023", "--zorgsoort= elv , grz ,elv,", "asr.txt");

        request.Should().BeEquivalentTo(new { FilePath = "asr.txt", Year = 2023, PurchaserSlug = (string?)null, Format = (SourceFormat?)null, Publish = true });
        request.CareTypeSlugs.Should().Equal("elv", "grz");
    }

    [Theory]
    [InlineData("table", SourceFormat.ComparisonTable)]
    [InlineData("tabel", SourceFormat.ComparisonTable)]
    [InlineData("POLICY", SourceFormat.PolicyText)]
    [InlineData("beleidstekst", SourceFormat.PolicyText)]
    [InlineData("presentation", SourceFormat.Presentation)]
    [InlineData("presentatie", SourceFormat.Presentation)]
    public void The_format_is_named_in_English_or_Dutch(string value, SourceFormat format) =>
        Import("a.txt", "--year", "2024", "--care-type", "msz", "--formaat", value).Format.Should().Be(format);

    [Fact]
    public void Create_unknown_and_draft_are_flags_that_are_off_unless_given()
    {
        var without = Import("memo.txt", "--year", "2024", "--care-type", "huisartsenzorg");
        var with = Import("memo.txt", "--create-unknown", "--concept", "--year", "2024", "--care-type", "huisartsenzorg");

        (without.CreateUnknownNames, without.Publish).Should().Be((false, true));
        (with.CreateUnknownNames, with.Publish).Should().Be((true, false));
    }

    [Theory]
    [InlineData("import", "--help")]
    [InlineData("import", "-h")]
    [InlineData("import", "bestand.txt", "--help")]
    public void Help_explains_every_option_in_Dutch(params string[] arguments)
    {
        var command = PortalCommands.Parse(arguments);

        command.Help.Should().StartWith("Gebruik: InkoopPortal.Web import <bestand> [opties]")
            .And.Contain("--year, --jaar <jaar>").And.Contain("--format, --formaat <table|policy|presentation>")
            .And.Contain("--draft, --concept").And.Contain("slaat alles op als concept").And.Contain("toont deze uitleg")
            .And.NotContain("Usage").And.NotContain("Options:");
    }

    [Fact]
    public void Reindex_has_its_own_help() =>
        PortalCommands.Parse(["reindex", "--help"]).Help.Should().StartWith("Gebruik: InkoopPortal.Web reindex").And.Contain("zoekindex");

    [Theory]
    [InlineData(new[] { "import" }, "Geef het bestand op")]
    [InlineData(new[] { "import", "--year", "2024", "--care-type", "msz" }, "Geef het bestand op")]
    [InlineData(new[] { "import", "a.txt", "--care-type", "msz" }, "De optie --year is verplicht")]
    [InlineData(new[] { "import", "a.txt", "--year", "2024" }, "--care-type is verplicht")]
    [InlineData(new[] { "import", "a.txt", "--year", "volgend-jaar", "--care-type", "msz" }, "'volgend-jaar' is geen geldig jaar")]
    [InlineData(new[] { "import", "a.txt", "--year", "1999", "--care-type", "msz" }, "'1999' is geen geldig jaar")]
    [InlineData(new[] { "import", "a.txt", "--year", "--care-type", "msz" }, "--year verwacht een waarde")]
    [InlineData(new[] { "import", "a.txt", "--year", "2024", "--care-type" }, "--care-type verwacht een waarde")]
    [InlineData(new[] { "import", "a.txt", "--year", "2024", "--care-type", "," }, "ten minste één zorgsoort")]
    [InlineData(new[] { "import", "a.txt", "--year", "2024", "--care-type", "Huisartsenzorg" }, "'Huisartsenzorg' is geen geldige zorgsoort")]
    [InlineData(new[] { "import", "a.txt", "--year", "2024", "--care-type", "msz", "--purchaser", "Zilveren Kruis" }, "'Zilveren Kruis' is geen geldige inkoper")]
    [InlineData(new[] { "import", "a.txt", "--year", "2024", "--year", "2025", "--care-type", "msz" }, "--year is meer dan eens opgegeven")]
    [InlineData(new[] { "import", "a.txt", "b.txt", "--year", "2024", "--care-type", "msz" }, "'b.txt' is een tweede bestand")]
    [InlineData(new[] { "import", "a.txt", "--jaren", "2024" }, "Onbekende optie '--jaren'")]
    [InlineData(new[] { "import", "a.txt", "--year", "2024", "--care-type", "msz", "--create-unknown=ja" }, "--create-unknown heeft geen waarde")]
    [InlineData(new[] { "import", "a.txt", "--year", "2024", "--care-type", "msz", "--format", "pdf" }, "'pdf' is geen formaat")]
    [InlineData(new[] { "import", "a.txt", "--year", "2024", "--care-type", "msz", "--source-url", "ftp://x" }, "'ftp://x' is geen webadres")]
    [InlineData(new[] { "reindex", "--snel" }, "reindex kent geen opties; '--snel' is onbekend")]
    public void Wrong_command_lines_get_a_Dutch_explanation_and_the_usage(string[] arguments, string expected)
    {
        var command = PortalCommands.Parse(arguments);

        (command.Import, command.Help, command.Reindex).Should().Be((null, null, false));
        command.Error.Should().Contain(expected);
        command.Usage.Should().StartWith("Gebruik: InkoopPortal.Web");
    }

    private static ImportRequest Import(params string[] arguments)
    {
        var command = PortalCommands.Parse(["import", .. arguments]);
        command.Error.Should().BeNull();
        return command.Import!;
    }
}
