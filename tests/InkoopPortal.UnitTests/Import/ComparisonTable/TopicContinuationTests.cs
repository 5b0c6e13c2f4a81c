using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using static InkoopPortal.UnitTests.Import.ComparisonTable.ComparisonTestHelpers;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>Rows that continue a topic: an empty first cell, or one marked "vervolg" in any of its usual spellings.</summary>
public class TopicContinuationTests
{
    [Theory]
    [InlineData("(vervolg)", "")]
    [InlineData("vervolg", "")]
    [InlineData("Vervolg:", "")]
    [InlineData("[vervolg]", "")]
    [InlineData("Maatwerkafspraken (vervolg)", "Maatwerkafspraken")]
    [InlineData("Maatwerkafspraken (Vervolg).", "Maatwerkafspraken")]
    [InlineData("Maatwerkafspraken – vervolg", "Maatwerkafspraken")]
    [InlineData("Maatwerkafspraken, vervolg:", "Maatwerkafspraken")]
    [InlineData("Vervolg: Maatwerkafspraken", "Maatwerkafspraken")]
    [InlineData("Vervolg van Maatwerkafspraken", "Maatwerkafspraken")]
    [InlineData("<p>Maatwerkafspraken <i>(vervolg)</i></p>", "Maatwerkafspraken")]
    public void Continuation_marks_are_read_with_the_topic_they_name(string cell, string name)
    {
        var topic = TopicCell.Read(cell);

        topic.IsContinuation.Should().BeTrue();
        topic.Name.Should().Be(name);
        topic.GuidingQuestions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Vervolgzorg")]
    [InlineData("Vervolgtraject na ontslag")]
    [InlineData("Nazorg en vervolg van behandeling")]
    public void Topics_with_the_word_vervolg_in_their_name_are_topics(string cell)
    {
        TopicCell.Read(cell).IsContinuation.Should().BeFalse();
    }

    [Fact]
    public void Plain_text_topic_cell_has_its_guiding_questions_on_the_lines_under_the_name()
    {
        var topic = TopicCell.Read("Regioplan\nVereiste?\nGebruik van data?");

        (topic.Name, topic.Key).Should().Be(("Regioplan", "regioplan"));
        topic.GuidingQuestions.Should().Equal("Vereiste?", "Gebruik van data?");
    }

    [Fact]
    public void Named_continuation_merges_into_the_topic_above_and_never_becomes_a_topic()
    {
        var parsed = ComparisonTableParser.Parse(Text(
            Row("Onderwerp", "CZ"),
            Row("Maatwerkafspraken", "<ul><li>Scholing</li></ul>"),
            "",
            Row("Onderwerp", "CZ"),
            Row("Maatwerkafspraken (vervolg)", "<ul><li>Innovatie</li></ul>")));

        parsed.Topics.Select(topic => topic.Key).Should().Equal("maatwerkafspraken");
        Outline(parsed.Cell("CZ", "maatwerkafspraken").Markdown).Select(item => item.Text).Should().Equal("Scholing", "Innovatie");
    }

    [Fact]
    public void Named_continuation_of_a_topic_in_an_earlier_table_adds_to_that_topic()
    {
        var parsed = ComparisonTableParser.Parse(Text(
            Row("Onderwerp", "CZ"),
            Row("Algemeen", "Meerjarig"),
            "", "Tweede groep – VGZ", "",
            Row("Onderwerp", "VGZ"),
            Row("Wijkzorg", "Wijkteams"),
            Row("Algemeen (vervolg)", "Eenjarig")));

        parsed.Topics.Select(topic => topic.Key).Should().Equal("algemeen", "wijkzorg");
        parsed.Cell("VGZ", "algemeen").Should().Match<ParsedCell>(cell => cell.Markdown == "Eenjarig" && cell.Line == 8);
    }

    [Fact]
    public void Continuation_naming_a_topic_that_is_nowhere_above_is_refused_in_column_1()
    {
        var parse = () => ComparisonTableParser.Parse(Text(
            Row("Onderwerp", "CZ"), Row("Algemeen", "a"), Row("Bekostiging (vervolg)", "b")));

        parse.Should().Throw<ImportFailedException>().Which.Problems.Should().ContainSingle().Which
            .Should().Match<ImportProblem>(problem =>
                problem.Line == 3 && problem.Column == 1 && problem.Message.StartsWith("Deze rij is een vervolg van 'Bekostiging'"));
    }
}
