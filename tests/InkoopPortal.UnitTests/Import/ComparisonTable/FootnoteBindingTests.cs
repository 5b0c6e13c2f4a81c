using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.TestSupport.Variants;
using static InkoopPortal.UnitTests.Import.ComparisonTable.ComparisonTestHelpers;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>Footnote definitions anywhere in the file, bound by number to the markers that use them.</summary>
public class FootnoteBindingTests
{
    private static string NoteOf(ParsedComparisonTable table, string purchaser, string topic) =>
        VariantFixture.Outline(table.Cell(purchaser, topic).Markdown).Footnotes.Single();

    [Fact]
    public void Definition_under_the_row_under_a_later_table_or_at_the_end_is_found()
    {
        var parsed = ComparisonTableParser.Parse(Text(
            Row("Onderwerp", "CZ"), Row("Regioplan", "a¹"), "¹ Onder de rij.", Row("Automatisering", "b²"),
            "", "Groep – VGZ", "", Row("Onderwerp", "VGZ"), Row("Regioplan", "c³"), "² Onder een latere tabel.",
            "", "³ Aan het eind.", "⁹ Door niemand gebruikt."));

        NoteOf(parsed, "CZ", "regioplan").Should().Be("Onder de rij.");
        NoteOf(parsed, "CZ", "automatisering").Should().Be("Onder een latere tabel.");
        NoteOf(parsed, "VGZ", "regioplan").Should().Be("Aan het eind.");
    }

    [Fact]
    public void Number_used_again_in_a_later_table_binds_to_the_first_definition_after_the_marker()
    {
        var parsed = ComparisonTableParser.Parse(Text(
            Row("Onderwerp", "CZ"), Row("Regioplan", "a¹"), "¹ Eerste tabel.", "",
            "Groep – VGZ", "", Row("Onderwerp", "VGZ"), Row("Regioplan", "b¹"), "¹ Tweede tabel."));

        NoteOf(parsed, "CZ", "regioplan").Should().Be("Eerste tabel.");
        NoteOf(parsed, "VGZ", "regioplan").Should().Be("Tweede tabel.");
    }

    [Fact]
    public void Definition_above_the_marker_is_used_when_none_follows_it()
    {
        var parsed = ComparisonTableParser.Parse(Text("¹ Bovenaan.", Row("Onderwerp", "CZ"), Row("Regioplan", "a¹")));

        NoteOf(parsed, "CZ", "regioplan").Should().Be("Bovenaan.");
    }

    [Fact]
    public void Definition_pasted_from_excel_with_empty_cells_after_it_is_a_definition()
    {
        var parsed = ComparisonTableParser.Parse(Text(Row("Onderwerp", "CZ", "VGZ"), Row("Regioplan", "a¹", "b"), "¹ Uit Excel.\t\t"));

        NoteOf(parsed, "CZ", "regioplan").Should().Be("Uit Excel.");
        parsed.Topics.Should().ContainSingle();
    }

    [Fact]
    public void Marker_without_a_definition_anywhere_is_refused_at_the_line_where_its_cell_starts()
    {
        var parse = () => ComparisonTableParser.Parse(Text(
            Row("Onderwerp", "CZ", "VGZ"), "Regioplan\t\"Eerste regel\nmet voetnoot⁴\"\tb", "¹ Niet deze."));

        parse.Should().Throw<ImportFailedException>().Which.Problems.Should().ContainSingle().Which
            .Should().Match<ImportProblem>(problem => problem.Line == 2 && problem.Column == 2
                && problem.Message.StartsWith("Voetnoot ⁴ in deze cel heeft geen voetnoottekst"));
    }

    [Fact]
    public void One_number_bound_to_two_texts_in_one_cell_is_refused()
    {
        var parse = () => ComparisonTableParser.Parse(Text(
            Row("Onderwerp", "CZ"), Row("Regioplan", "a¹"), "¹ Eerste.", "", Row("Onderwerp", "CZ"), Row("", "b¹"), "¹ Tweede."));

        parse.Should().Throw<ImportFailedException>().Which.Problems.Should().ContainSingle().Which
            .Should().Match<ImportProblem>(problem => problem.Line == 6 && problem.Column == 2 && problem.Message.Contains("regel 3 en regel 7"));
    }
}
