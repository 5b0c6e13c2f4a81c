using InkoopPortal.Web.Cli;

namespace InkoopPortal.Web.Tests.Cli;

public class ImportArgumentsTests
{
    [Fact]
    public void Full_command_line_becomes_an_import_request()
    {
        var result = ImportArguments.Parse(["data/beleid.txt", "--year", "2024", "--care-type", "msz,huisartsenzorg", "--purchaser", "zorg-en-zekerheid"]);

        result.Error.Should().BeNull();
        result.Request.Should().NotBeNull();
        result.Request!.FilePath.Should().Be("data/beleid.txt");
        result.Request.Year.Should().Be(2024);
        result.Request.CareTypeSlugs.Should().Equal("msz", "huisartsenzorg");
        result.Request.PurchaserSlug.Should().Be("zorg-en-zekerheid");
    }

    [Fact]
    public void Options_may_come_first_use_equals_signs_and_leave_out_the_purchaser()
    {
        var result = ImportArguments.Parse(["--year=2023", "--care-type= elv , grz ,elv,", "asr.txt"]);

        result.Request.Should().BeEquivalentTo(new { FilePath = "asr.txt", Year = 2023, PurchaserSlug = (string?)null });
        result.Request!.CareTypeSlugs.Should().Equal("elv", "grz");
    }

    [Fact]
    public void Create_unknown_is_a_flag_that_is_off_unless_given()
    {
        var without = ImportArguments.Parse(["memo.txt", "--year", "2024", "--care-type", "huisartsenzorg"]);
        var with = ImportArguments.Parse(["memo.txt", "--create-unknown", "--year", "2024", "--care-type", "huisartsenzorg"]);

        without.Request!.CreateUnknownNames.Should().BeFalse();
        with.Request.Should().BeEquivalentTo(new { FilePath = "memo.txt", Year = 2024, CreateUnknownNames = true });
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_is_asked_for(string option) =>
        ImportArguments.Parse(["bestand.txt", option]).HelpRequested.Should().BeTrue();

    [Theory]
    [InlineData(new string[0], "Geef het bestand op")]
    [InlineData(new[] { "--year", "2024", "--care-type", "msz" }, "Geef het bestand op")]
    [InlineData(new[] { "a.txt", "--care-type", "msz" }, "--year is verplicht")]
    [InlineData(new[] { "a.txt", "--year", "2024" }, "--care-type is verplicht")]
    [InlineData(new[] { "a.txt", "--year", "volgend-jaar", "--care-type", "msz" }, "'volgend-jaar' is geen geldig jaar")]
    [InlineData(new[] { "a.txt", "--year", "1999", "--care-type", "msz" }, "'1999' is geen geldig jaar")]
    [InlineData(new[] { "a.txt", "--year", "-2024", "--care-type", "msz" }, "'-2024' is geen geldig jaar")]
    [InlineData(new[] { "a.txt", "--year", "--care-type", "msz" }, "--year verwacht een waarde")]
    [InlineData(new[] { "a.txt", "--year", "2024", "--care-type" }, "--care-type verwacht een waarde")]
    [InlineData(new[] { "a.txt", "--year", "2024", "--care-type", "," }, "ten minste één zorgsoort")]
    [InlineData(new[] { "a.txt", "--year", "2024", "--care-type", "Huisartsenzorg" }, "'Huisartsenzorg' is geen geldige zorgsoort")]
    [InlineData(new[] { "a.txt", "--year", "2024", "--care-type", "msz", "--purchaser", "Zilveren Kruis" }, "'Zilveren Kruis' is geen geldige inkoper")]
    [InlineData(new[] { "a.txt", "--year", "2024", "--year", "2025", "--care-type", "msz" }, "--year is meer dan eens opgegeven")]
    [InlineData(new[] { "a.txt", "b.txt", "--year", "2024", "--care-type", "msz" }, "'b.txt' is een tweede bestand")]
    [InlineData(new[] { "a.txt", "--jaar", "2024" }, "Onbekende optie '--jaar'")]
    [InlineData(new[] { "a.txt", "--year", "2024", "--care-type", "msz", "--create-unknown=ja" }, "--create-unknown heeft geen waarde")]
    public void Wrong_command_lines_get_a_Dutch_explanation(string[] arguments, string expected)
    {
        var result = ImportArguments.Parse(arguments);

        result.Request.Should().BeNull();
        result.HelpRequested.Should().BeFalse();
        result.Error.Should().Contain(expected);
    }
}
