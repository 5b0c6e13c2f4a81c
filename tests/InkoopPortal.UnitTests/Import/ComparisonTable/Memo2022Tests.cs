using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.Import.ComparisonTable.ComparisonTestHelpers;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>The real 2022 GP care memo (data/sources), read end to end.</summary>
public class Memo2022Tests
{
    private const string FirstGroup = "n-a-v-bouwstenen-voor-regionale-samenwerking";
    private const string OtherTopics = "overige-onderwerpen";

    [Fact]
    public void Memo_2022_title_and_year_come_from_the_title_line()
    {
        Memo2022.Title.Should().Be("INKOOPBELEID ZORGVERZEKERAARS 2022");
        Memo2022.Year.Should().Be(2022);
    }

    [Fact]
    public void Memo_2022_introduction_keeps_both_paragraphs_and_the_text_of_its_links()
    {
        var introduction = Memo2022.IntroductionMarkdown!;

        introduction.Split("\n\n").Should().HaveCount(2);
        var rendered = RenderedText(introduction);
        rendered.Should().StartWith("In deze memo staat de analyse van de inkoopdocumenten 2022");
        rendered.Should().Contain("De hoofdpunten kunt u bekijken via deze infographic.");
        rendered.Should().Contain("De bouwstenen voor Hechte huisartsenzorg zien we expliciet terug");
        rendered.Should().EndWith("In onderstaande tabel staan links naar de inkoopdocumenten 2022:");
    }

    [Fact]
    public void Memo_2022_link_table_has_nine_links_including_ASR_and_Caresq()
    {
        Memo2022.DocumentLinks.Select(link => link.PurchaserName).Should().Equal(
            "CZ", "Menzis", "VGZ", "Zilveren Kruis én De Friesland", "Zorg en Zekerheid", "DSW", "ASR", "ENO", "Caresq");
        Memo2022.DocumentLinks.Single(link => link.PurchaserName == "Caresq").Should().Be(
            new Application.Import.ComparisonTable.ParsedDocumentLink("Caresq", "https://caresq.nl/huisarts", 18));
        Memo2022.DocumentLinks.Should().OnlyContain(link => link.Url.StartsWith("https://"));
    }

    [Fact]
    public void Memo_2022_has_seven_analysed_insurers_in_column_order()
    {
        Memo2022.Columns.Select(column => column.PurchaserName).Should().Equal(
            "CZ", "Menzis", "VGZ", "Zilveren Kruis", "DSW", "Z&Z", "ENO");
        Memo2022.Columns.Select(column => (column.Line, column.Column)).Should().Equal(
            (22, 2), (22, 3), (22, 4), (22, 5), (59, 2), (59, 3), (59, 4));
    }

    [Fact]
    public void Memo_2022_header_spelled_Zilverenkruis_is_the_same_column_as_Zilveren_Kruis()
    {
        // The "Overige onderwerpen" table writes "Zilverenkruis"; its cells join the column first seen.
        Memo2022.Cell("Zilveren Kruis", "rossen").Line.Should().Be(53);
        Memo2022.Cells.Should().NotContain(cell => cell.PurchaserName == "Zilverenkruis");
    }

    [Fact]
    public void Memo_2022_has_two_topic_groups_named_before_the_dash()
    {
        Memo2022.Groups.Select(group => (group.Key, group.Name, group.Line)).Should().Equal(
            (FirstGroup, "N.a.v bouwstenen voor regionale samenwerking", 20),
            (OtherTopics, "Overige onderwerpen", 50));
    }

    [Fact]
    public void Memo_2022_has_every_topic_of_both_groups_once_in_first_seen_order()
    {
        Memo2022.Topics.Select(topic => (topic.Key, topic.Name, topic.GroupKey)).Should().Equal(
            ("algemeen", "Algemeen", FirstGroup),
            ("regioplan", "Regioplan/ regiobeeld", FirstGroup),
            ("automatisering", "Automatisering / informatiseringsbeleid", FirstGroup),
            ("samenwerkingsafspraken", "Samenwerkingsafspraken", FirstGroup),
            ("arbeidsmarktproblematiek", "Arbeidsmarktproblematiek / toegankelijkheid", FirstGroup),
            ("kwaliteitsbeleid-zorginhoud", "Kwaliteitsbeleid & zorginhoud", FirstGroup),
            ("organisatie-infrastructuur", "Organisatie & Infrastructuur", FirstGroup),
            ("randvoorwaarden", "Randvoorwaarden", FirstGroup),
            ("rossen", "ROS'sen", OtherTopics),
            ("hds", "HDS/Huisartsenposten", OtherTopics),
            ("overig", "Overig", OtherTopics));
    }

    [Fact]
    public void Memo_2022_marks_only_the_topics_with_R_as_preconditions()
    {
        Memo2022.Topics.Where(topic => topic.IsPrecondition).Select(topic => topic.Key)
            .Should().Equal("organisatie-infrastructuur", "randvoorwaarden");
    }

    [Theory]
    [InlineData("algemeen", new[] { "Inkoopproces; nieuw/doorlopend; meerjarencontracten" })]
    [InlineData("regioplan", new[] { "Vereiste?", "Gebruik data in het regiobeeld?" })]
    [InlineData("automatisering", new[] { "Investerings in de 50 mio?", "Gegevensuitwisseling" })]
    [InlineData("samenwerkingsafspraken",
        new[] { "Relatie 1e en 2e lijn inkoop, ggz, vvt, so, paramedie, elv", "Multidisciplinaire samenwerking", "Acute zorg" })]
    [InlineData("arbeidsmarktproblematiek", new[] { "Waarnemers", "Nieuwe aanbieders" })]
    [InlineData("kwaliteitsbeleid-zorginhoud", new[]
    {
        "Inclusieplafonds", "Ouderenzorg, gzsp", "GGZ", "Preventie & leefstijl", "Huisartsenposten, anw",
        "Persoonsgerichte zorg",
    })]
    [InlineData("organisatie-infrastructuur", new[] { "Regiomanagement", "Wijkmanagement" })]
    [InlineData("randvoorwaarden", new[] { "Indexering, governance, MTVP / Krachtige Basiszorg" })]
    [InlineData("rossen", new string[0])]
    public void Memo_2022_topics_keep_their_guiding_questions_without_repeats(string topicKey, string[] questions)
    {
        Memo2022.Topic(topicKey).GuidingQuestions.Should().Equal(questions);
    }

    [Fact]
    public void Memo_2022_italic_only_row_continues_kwaliteitsbeleid_instead_of_starting_a_topic()
    {
        // Line 71: "<p><i>Huisartsenposten, anw Persoonsgerichte zorg</i></p>" under "Kwaliteitsbeleid & zorginhoud".
        Memo2022.Topics.Should().NotContain(topic => topic.Name.Contains("Huisartsenposten, anw"));
        Memo2022.Topic("kwaliteitsbeleid-zorginhoud").GuidingQuestions
            .Should().Contain(["Huisartsenposten, anw", "Persoonsgerichte zorg"]);
        RenderedText(Memo2022.Cell("DSW", "kwaliteitsbeleid-zorginhoud").Markdown)
            .Should().Contain("GLI-interventie is opgenomen in register Loket gezond leven van RIVM.");
    }

    [Fact]
    public void Memo_2022_has_one_cell_per_purchaser_and_topic_of_its_tables()
    {
        Memo2022.Cells.Should().HaveCount(7 * 11);
        Memo2022.Cells.Select(cell => (cell.PurchaserName, cell.TopicKey)).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("CZ", "algemeen", 23, 2)]
    [InlineData("Zilveren Kruis", "regioplan", 24, 5)]
    [InlineData("VGZ", "kwaliteitsbeleid-zorginhoud", 37, 4)]
    [InlineData("ENO", "algemeen", 60, 4)]
    [InlineData("ENO", "overig", 84, 4)]
    public void Memo_2022_cells_point_at_the_row_where_their_topic_starts(
        string purchaser, string topicKey, int line, int column)
    {
        var cell = Memo2022.Cell(purchaser, topicKey);

        (cell.Line, cell.Column).Should().Be((line, column));
    }

    [Fact]
    public void Memo_2022_zilveren_kruis_regioplan_holds_both_parts_of_the_page_break()
    {
        var text = RenderedText(Memo2022.Cell("Zilveren Kruis", "regioplan").Markdown);

        text.Should().Contain("Regioplan voor 1 september '21 indienen");
        text.Should().Contain("Bij regioplan tenminste twee andere disciplines betrekken");
    }

    [Fact]
    public void Memo_2022_zilveren_kruis_regioplan_continuation_becomes_children_of_the_item_ending_in_a_colon()
    {
        var outline = Outline(Memo2022.Cell("Zilveren Kruis", "regioplan").Markdown);

        outline.Take(3).Should().Equal(
            new OutlineItem(0, "Regioplan voor 1 september '21 indienen (incl. ouderenzorg)"),
            new OutlineItem(0, "Onderdeel van regioplan: jzojp via vijf onderscheidende kerntransities:"),
            new OutlineItem(1, "Integrale benadering van gezondheid"));
    }

    [Fact]
    public void Memo_2022_vgz_regioplan_joins_the_sentence_split_by_the_page_break()
    {
        var outline = Outline(Memo2022.Cell("VGZ", "regioplan").Markdown);

        outline[0].Text.Should().EndWith("van het regioplan afspraken en afstemming in de regio/sociaal domein.");
        outline[1].Should().Be(new OutlineItem(0,
            "Onderdelen regioplan benoemd o.a. bouwstenen LHV, NHG en InEen, met wie samenwerkingsafspraken kunnen worden gemaakt."));
        outline.Should().HaveCount(4).And.OnlyContain(item => item.Depth == 0);
    }

    [Fact]
    public void Memo_2022_paragraph_at_the_top_of_a_continuation_ends_the_sentence_above()
    {
        var outline = Outline(Memo2022.Cell("CZ", "kwaliteitsbeleid-zorginhoud").Markdown);

        outline[1].Text.Should().EndWith(
            "als het gaat om inclusie, substitutie, diagnostiek. RSV moet zorgen voor mandaat om spiegelinfo van "
            + "indiv. huisartsen op regionaal niveau te kunnen delen en te kunnen gebruiken voor kwaliteitscyclus.");
        outline[2].Should().Be(new OutlineItem(0,
            "GGZ: digitale beslisondersteuner, eerst verwijzing naar digitale zorg en enkel naar gecontracteerde aanbieders"));
    }

    [Fact]
    public void Memo_2022_cz_algemeen_nests_the_vision_points_under_their_heading()
    {
        var outline = Outline(Memo2022.Cell("CZ", "algemeen").Markdown);

        outline.Should().Equal(
            new OutlineItem(0, "Doorlopend in '22. Geen nieuw inkoopbeleid/voorwaarden."),
            new OutlineItem(0, "Aanscherping visie op aantal punten:"),
            new OutlineItem(1, "Meer focus op regionale samenwerking (RSV vervult ondersteunende & faciliterende rol)"),
            new OutlineItem(1, "Inzet van technologie"),
            new OutlineItem(1, "JZOJP"),
            new OutlineItem(1, "Patiëntgerichte zorg"),
            new OutlineItem(1,
                "Verwijzen in hun inkoopbeleid naar de visie voor Regionale samenwerking van InEen, LHV, NHG (=niet langer vrijblijvend)"),
            new OutlineItem(1,
                "Gemandateerd, goed georganiseerd regionaal samenwerkingsverband is het fundament van toekomstbestendige zorg"));
    }

    [Fact]
    public void Memo_2022_cz_algemeen_markdown_indents_nested_bullets_by_two_spaces()
    {
        Memo2022.Cell("CZ", "algemeen").Markdown.Should().StartWith(
            "- Doorlopend in '22. Geen nieuw inkoopbeleid/voorwaarden.\n"
            + "- Aanscherping visie op aantal punten:\n"
            + "  - Meer focus op regionale samenwerking (RSV vervult ondersteunende & faciliterende rol)\n");
    }

    [Fact]
    public void Memo_2022_eno_algemeen_continues_the_speerpunten_list_after_the_page_break()
    {
        var outline = Outline(Memo2022.Cell("ENO", "algemeen").Markdown);

        var heading = outline.FindIndex(item => item.Text == "Overkoepelend 6 speerpunten:");
        heading.Should().BeGreaterThan(0);
        outline.Skip(heading + 1).Select(item => item.Text).Should().Equal(
            "Betaalbaarheid", "Kwaliteit", "Passende zorg", "Toegankelijkheid van zorg",
            "Vermindering van administratieve lasten", "Transparantie van het zorginkoopproces");
        outline.Skip(heading + 1).Should().OnlyContain(item => item.Depth == outline[heading].Depth + 1);
    }

    [Theory]
    [InlineData("DSW", "arbeidsmarktproblematiek", StatementStatus.NothingSpecial)]
    [InlineData("DSW", "randvoorwaarden", StatementStatus.NothingSpecial)]
    [InlineData("VGZ", "rossen", StatementStatus.NoPolicyPublished)]
    [InlineData("Zilveren Kruis", "rossen", StatementStatus.NoPolicyPublished)]
    [InlineData("DSW", "rossen", StatementStatus.NoPolicyPublished)]
    [InlineData("ENO", "rossen", StatementStatus.NoPolicyPublished)]
    [InlineData("Z&Z", "overig", StatementStatus.NothingSpecial)]
    [InlineData("ENO", "overig", StatementStatus.NothingSpecial)]
    [InlineData("Zilveren Kruis", "overig", StatementStatus.EmptyInSource)] // An empty cell claims nothing.
    [InlineData("DSW", "overig", StatementStatus.Content)]
    [InlineData("DSW", "hds", StatementStatus.Content)]
    [InlineData("CZ", "rossen", StatementStatus.Content)]
    public void Memo_2022_cell_statuses_are_told_apart(string purchaser, string topicKey, StatementStatus status)
    {
        Memo2022.Cell(purchaser, topicKey).Status.Should().Be(status);
    }

    [Fact]
    public void Memo_2022_cells_without_content_have_empty_markdown_and_cells_with_content_do_not()
    {
        Memo2022.Cells.Where(cell => cell.Status != StatementStatus.Content)
            .Should().HaveCount(10).And.OnlyContain(cell => cell.Markdown == "");
        Memo2022.Cells.Where(cell => cell.Status == StatementStatus.Content)
            .Should().OnlyContain(cell => cell.Markdown.Length > 0);
    }

    [Fact]
    public void Memo_2022_no_change_remark_next_to_other_bullets_stays_content()
    {
        Outline(Memo2022.Cell("DSW", "hds").Markdown).Select(item => item.Text).Should().Equal(
            "Ruimte voor innovatie. Mits kostenneutrale of kostenbesparende businesscase en belangrijke DSW-impact hebben.",
            "Geen wijziging tov beleid 2021");
    }

    [Fact]
    public void Memo_2022_does_not_split_a_dash_inside_parentheses()
    {
        Outline(Memo2022.Cell("Z&Z", "algemeen").Markdown)[0].Should().Be(new OutlineItem(0,
            "Huisartsen: 3-jarige overeenkomst ('20 – '22). Voor O&I 1-jarige overeenkomst"));
    }

    [Fact]
    public void Memo_2022_does_not_let_an_unclosed_parenthesis_swallow_the_next_item()
    {
        Outline(Memo2022.Cell("VGZ", "automatisering").Markdown).Select(item => item.Text).Should().Contain(
            "Digitalisering zinvol voor patiënt en zorgaanbieder (arbeidsmarkt en werkdruk).");
    }

    [Fact]
    public void Memo_2022_list_without_dash_marker_is_one_item()
    {
        Outline(Memo2022.Cell("DSW", "overig").Markdown).Should().Equal(new OutlineItem(0,
            "Ondersteunen beweging tot verduurzaming Green Deal Zorg (CO₂ reductie, circulair werken, medicijnresten uit water en gezonde leefomgeving)"));
    }

    [Fact]
    public void Memo_2022_drops_the_empty_item_after_a_trailing_dash()
    {
        Outline(Memo2022.Cell("Z&Z", "samenwerkingsafspraken").Markdown).Should().HaveCount(2)
            .And.OnlyContain(item => item.Text.Length > 0);
    }

    [Fact]
    public void Memo_2022_writes_superscript_as_markdown_superscript()
    {
        var randvoorwaarden = Memo2022.Cell("CZ", "randvoorwaarden").Markdown;
        var samenwerking = Memo2022.Cell("DSW", "samenwerkingsafspraken").Markdown;

        randvoorwaarden.Should().Contain("in de 2^e^ lijnszorg");
        samenwerking.Should().Contain("digitale triage 1^ste^ lijn");
        Application.Content.RichTextRenderer.ToHtml(samenwerking).Should().Contain("1<sup>ste</sup> lijn");
    }

    [Fact]
    public void Memo_2022_writes_italics_as_emphasis()
    {
        var markdown = Memo2022.Cell("CZ", "hds").Markdown;

        markdown.Should().StartWith("- *Acute zorg*: onderschrijven de agenda acute zorg");
        Application.Content.RichTextRenderer.ToHtml(markdown).Should().Contain("<em>Acute zorg</em>:");
    }

    [Fact]
    public void Memo_2022_keeps_unicode_characters()
    {
        RenderedText(Memo2022.Cell("DSW", "overig").Markdown).Should().Contain("CO₂ reductie");
        RenderedText(Memo2022.Cell("ENO", "randvoorwaarden").Markdown).Should().Contain("MTVP één van de thema's");
        RenderedText(Memo2022.Cell("VGZ", "automatisering").Markdown).Should().Contain("“medicijnkluizen”");
    }

    [Theory]
    [InlineData("CZ", "regioplan", "RSV zorgt voor eenduidig regionaal zorg- en organisatiebeleid")]
    [InlineData("Menzis", "automatisering", "Gedragen regionale visie en strategie t.a.v. digitalisering")]
    [InlineData("Menzis", "kwaliteitsbeleid-zorginhoud", "coördinatiepunten, observatiebedden, psychische klachten")]
    [InlineData("VGZ", "kwaliteitsbeleid-zorginhoud", "Nieuwe financiering \"stoppen met roken\" buiten de keten")]
    [InlineData("VGZ", "organisatie-infrastructuur", "Indien 80% van de huisartsen regionaal praktijkmanagement wil afspreken")]
    [InlineData("Zilveren Kruis", "kwaliteitsbeleid-zorginhoud", "Met aanname 28% van 75+ kwetsbaar;")]
    [InlineData("Zilveren Kruis", "organisatie-infrastructuur", "Let op: btw kent brengplicht.")]
    [InlineData("CZ", "organisatie-infrastructuur", "Aantoonbaar mandaat van 80% vd huisartsen")]
    [InlineData("Z&Z", "automatisering", "(XIS 1e lijn).")]
    [InlineData("ENO", "kwaliteitsbeleid-zorginhoud", "splitsing aangebracht tussen de componenten directe zorgverlening")]
    [InlineData("Z&Z", "kwaliteitsbeleid-zorginhoud", "Dan is er geen volgeleid.")]
    [InlineData("CZ", "randvoorwaarden", "MTVP: prestatie praktijkmanager en prestatie praktijkscan")]
    public void Memo_2022_distinctive_phrases_survive_rendering(string purchaser, string topicKey, string phrase)
    {
        RenderedText(Memo2022.Cell(purchaser, topicKey).Markdown).Should().Contain(phrase);
    }

    [Fact]
    public void Memo_2022_every_word_of_the_table_cells_is_in_the_rendered_cells()
    {
        var rendered = string.Join(" ", Memo2022.Cells.Select(cell => RenderedText(cell.Markdown))
            .Concat(Memo2022.Topics.Select(topic => topic.Name + " " + string.Join(" ", topic.GuidingQuestions))));
        var renderedWords = Words(rendered).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var statusTexts = new[] { "Geen bijzonderheden", "Geen overige bijzonderheden", "Geen beleid gepubliceerd", "Geen beleid opgenomen" };
        var sourceWords = File.ReadLines(Memo2022Path).Skip(21) // the tables start at line 22
            .Where(line => !line.StartsWith("Onderwerp\t", StringComparison.Ordinal)) // headers
            .SelectMany(line => line.Split('\t').Skip(1))
            .Select(cell => Regex.Replace(cell, "<[^>]*>", " "))
            .Where(cell => !statusTexts.Any(status => cell.Contains(status)))
            .SelectMany(Words)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        sourceWords.Should().HaveCountGreaterThan(800);
        sourceWords.Where(word => !renderedWords.Contains(word)).Should().BeEmpty();
    }

    private static IEnumerable<string> Words(string text) =>
        Regex.Matches(text, @"\p{L}[\p{L}\p{N}]{3,}").Select(match => match.Value);
}
