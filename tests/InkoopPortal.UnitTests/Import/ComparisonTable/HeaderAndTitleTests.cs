using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using static InkoopPortal.UnitTests.Import.ComparisonTable.ComparisonTestHelpers;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>Titles, headers (repeated and respelled, resolved through the identity function) and column groups.</summary>
public class HeaderAndTitleTests
{
    // Stands in for the law-aware matcher: written names to a purchaser's slug.
    private static readonly Dictionary<string, string> Slugs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Zorg en Zekerheid"] = "zorg-en-zekerheid",
        ["Z & Z"] = "zorg-en-zekerheid",
        ["Achmea Zorgkantoor"] = "zorgkantoor-achmea",
        ["Zorgkantoor Zilveren Kruis"] = "zorgkantoor-achmea",
    };

    private static string Identity(string name) =>
        Slugs.TryGetValue(name, out var slug) ? slug : ComparisonTableParser.DefaultPurchaserIdentity(name);

    [Fact]
    public void Table_without_a_title_line_has_an_empty_title_and_no_year()
    {
        var parsed = ComparisonTableParser.Parse(Text(Row("", "Zorgkantoor Noord"), Row("Bekostiging", "95,5%¹"), "¹ Exclusief opslag."));

        (parsed.Title, parsed.Year).Should().Be(("", null));
        parsed.Cell("Zorgkantoor Noord", "bekostiging").Markdown.Should().EndWith("[^1]: Exclusief opslag.");
    }

    [Fact]
    public void Only_text_before_the_first_table_can_be_the_title()
    {
        var parsed = ComparisonTableParser.Parse(Text(
            "¹ Een voetnoot bovenaan.", "Inkoopkaders 2025", "Inleiding.", "", "Groep – CZ", "", Row("Onderwerp", "CZ"),
            Row("Algemeen", "a¹")));

        (parsed.Title, parsed.Year).Should().Be(("Inkoopkaders 2025", 2025));
        parsed.IntroductionMarkdown.Should().Be("Inleiding.");
    }

    [Fact]
    public void Repeated_header_with_names_that_resolve_alike_continues_the_table()
    {
        var parsed = ComparisonTableParser.Parse(Text(
            Row("Onderwerp", "Zorg en Zekerheid", "CZ"),
            Row("Algemeen", "<ul><li>Eerste</li></ul>", "a"),
            "",
            Row("Onderwerp", "Z & Z", "cz"),
            Row("", "<ul><li>Tweede</li></ul>", "")), Identity);

        parsed.Columns.Select(column => column.PurchaserName).Should().Equal("Zorg en Zekerheid", "CZ");
        Outline(parsed.Cell("Zorg en Zekerheid", "algemeen").Markdown).Select(item => item.Text).Should().Equal("Eerste", "Tweede");
    }

    [Fact]
    public void Header_repeated_as_onderwerp_vervolg_is_the_header_again()
    {
        var parsed = ComparisonTableParser.Parse(Text(
            Row("Onderwerp", "CZ"), Row("Algemeen", "<ul><li>Eerste</li></ul>"), "",
            Row("Onderwerp (vervolg)", "CZ"), Row("", "<ul><li>Tweede</li></ul>")));

        parsed.Topics.Select(topic => topic.Key).Should().Equal("algemeen");
        Outline(parsed.Cell("CZ", "algemeen").Markdown).Select(item => item.Text).Should().Equal("Eerste", "Tweede");
    }

    [Fact]
    public void Default_identity_ignores_case_spacing_punctuation_and_qualifiers_in_brackets()
    {
        ComparisonTableParser.DefaultPurchaserIdentity("Zilveren Kruis (incl de Friesland)")
            .Should().Be(ComparisonTableParser.DefaultPurchaserIdentity("Zilverenkruis"))
            .And.Be(ComparisonTableParser.DefaultPurchaserIdentity("ZILVEREN-KRUIS"));
        ComparisonTableParser.DefaultPurchaserIdentity("(vervolg)").Should().Be("vervolg");
    }

    [Fact]
    public void Three_column_groups_with_topics_in_other_orders_merge_into_one_matrix()
    {
        var parsed = ComparisonTableParser.Parse(Text(
            "Memo 2025", "",
            "Groep – CZ", "", Row("Onderwerp", "CZ"), Row("Algemeen", "a"), Row("Regioplan", "b"), "",
            "Groep – VGZ", "", Row("Onderwerp", "VGZ"), Row("Regioplan", "c"), Row("Algemeen", "d"), "",
            "Groep – Menzis", "", Row("Onderwerp", "Menzis"), Row("Wijkzorg", "e"), Row("Algemeen", "f")));

        parsed.Groups.Should().ContainSingle();
        parsed.Topics.Select(topic => topic.Key).Should().Equal("algemeen", "regioplan", "wijkzorg");
        parsed.Cells.Select(cell => $"{cell.PurchaserName}/{cell.TopicKey}={cell.Markdown}").Should().Equal(
            "CZ/algemeen=a", "CZ/regioplan=b", "VGZ/regioplan=c", "VGZ/algemeen=d", "Menzis/wijkzorg=e", "Menzis/algemeen=f");
    }

    [Fact]
    public void Header_of_known_purchasers_in_another_order_maps_cells_by_its_own_order()
    {
        var parsed = ComparisonTableParser.Parse(Text(
            Row("", "Achmea Zorgkantoor", "Zorgkantoor CZ"), Row("Inkoopdoelen", "a", "b"), "",
            Row("", "Zorgkantoor CZ", "Zorgkantoor Zilveren Kruis"), Row("Bekostiging", "c", "d")), Identity);

        parsed.Columns.Select(column => column.PurchaserName).Should().Equal("Achmea Zorgkantoor", "Zorgkantoor CZ");
        parsed.Cell("Achmea Zorgkantoor", "bekostiging").Markdown.Should().Be("d");
        parsed.Cell("Zorgkantoor CZ", "bekostiging").Markdown.Should().Be("c");
    }

    [Fact]
    public void Two_spellings_of_one_purchaser_in_one_header_are_refused_in_the_second_column()
    {
        var parse = () => ComparisonTableParser.Parse(Text(Row("Onderwerp", "Z & Z", "CZ", "Zorg en Zekerheid"), Row("Algemeen", "a", "b", "c")), Identity);

        parse.Should().Throw<ImportFailedException>().Which.Problems.Should().ContainSingle().Which
            .Should().Match<ImportProblem>(problem => problem.Line == 1 && problem.Column == 4 && problem.Message.Contains("twee keer"));
    }

    [Fact]
    public void Row_of_unknown_names_with_an_empty_first_cell_inside_a_table_is_refused_not_guessed()
    {
        var parse = () => ComparisonTableParser.Parse(Text(
            Row("", "Zorgkantoor Noord"), Row("Bekostiging", "a"), "", Row("", "Zorgkantoor Zuid"), Row("Herschikking", "b")));

        parse.Should().Throw<ImportFailedException>().Which.Problems.Should().ContainSingle().Which
            .Should().Match<ImportProblem>(problem => problem.Line == 4 && problem.Column == 1
                && problem.Message.Contains("'Zorgkantoor Zuid'") && problem.Message.Contains("'Onderwerp'"));
    }

    [Fact]
    public void Header_without_any_rows_under_it_is_refused()
    {
        var parse = () => ComparisonTableParser.Parse(Text("Titel", Row("Onderwerp", "CZ", "VGZ")));

        parse.Should().Throw<ImportFailedException>().Which.Problems.Should().ContainSingle().Which.Line.Should().Be(2);
    }

    [Theory]
    [InlineData("Titel 2024", "Titel 2024, regel 4, kolom 2")]
    [InlineData("", "regel 4, kolom 2")]
    public void Source_location_of_a_cell_names_the_title_only_when_there_is_one(string title, string location)
    {
        ComparisonTableWriter.SourceLocation(title, new ParsedCell("CZ", "algemeen", Domain.Documents.StatementStatus.Content, "a", 4, 2))
            .Should().Be(location);
    }
}
