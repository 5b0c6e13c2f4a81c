using CsCheck;
using InkoopPortal.Application.Import;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Variants;
using InkoopPortal.UnitTests.Import.PolicyText;

namespace InkoopPortal.UnitTests.Import;

public class SourceFormatDetectorTests
{
    [Theory]
    [InlineData("inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt", SourceFormat.ComparisonTable)]
    [InlineData("asr-inkoopbeleid-2023-2024-elv-grz-gzsp.txt", SourceFormat.PolicyText)]
    [InlineData("zorg-en-zekerheid-zorginkoopbeleid-2024-msz.txt", SourceFormat.PolicyText)]
    [InlineData("zorg-en-zekerheid-presentatie-zorginkoop-wlz-2024-2026.txt", SourceFormat.Presentation)]
    public void Each_source_document_is_read_in_its_own_shape(string file, SourceFormat format) =>
        SourceFormatDetector.Detect(File.ReadAllText(RepositoryPaths.Source(file))).Format.Should().Be(format);

    [Theory]
    [MemberData(nameof(VariantCorpus.All), MemberType = typeof(VariantCorpus))]
    public void Each_variant_is_proposed_in_its_own_format(string folder, string file)
    {
        var detection = SourceFormatDetector.Detect(VariantCorpus.Text(folder, file));

        detection.Format.Should().Be(VariantCorpus.Expected(folder, file).Format, string.Join(" / ", detection.Reasons));
        detection.Reasons.Should().NotBeEmpty();
    }

    [Fact]
    public void The_reasons_say_what_was_seen_and_where()
    {
        var detection = SourceFormatDetector.Detect(File.ReadAllText(RepositoryPaths.Source("inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt")));

        detection.Reasons.Should().Contain(reason => reason.StartsWith("regel 22: een kop met 4 inkopers (CZ, Menzis, VGZ, Zilveren Kruis)", StringComparison.Ordinal));
        detection.Reasons[^1].Should().StartWith("Score: vergelijkingstabel");
    }

    [Fact]
    public void A_comparison_table_of_one_purchaser_is_still_a_comparison_table() =>
        SourceFormatDetector.Detect("ONVZ 2022\n\nOnderwerp\tONVZ\nRegioplan\t<ul style=\"list-style-type: none\"> – Punt\n")
            .Format.Should().Be(SourceFormat.ComparisonTable);

    [Fact]
    public void A_change_table_with_paragraphs_is_part_of_a_policy_text() =>
        SourceFormatDetector.Detect("Inkoopbeleid 2025\n\nOnderwerp\tWijziging\nAdministratief\t<p>Samengevoegd.</p>\n")
            .Format.Should().Be(SourceFormat.PolicyText);

    [Fact]
    public void A_change_table_with_a_list_in_one_cell_is_part_of_a_policy_text() =>
        SourceFormatDetector.Detect(
                "Zorginkoopbeleid wijkverpleging 2026\n\nWijzigingen ten opzichte van 2025\n\nOnderwerp\tWijziging\n" +
                "Kwaliteit\t<ul><li>Nieuwe eis A</li><li>Nieuwe eis B</li></ul>\nTarieven\tGeïndexeerd.\n\n" +
                "Onze visie\n\nWij kopen zorg in die verzekerden thuis laat wonen, zo lang als dat verantwoord is, samen met de huisarts, " +
                "het sociaal domein en de mantelzorgers, en wij vragen aanbieders daarvoor in de wijk samen te werken en hun zorg af te stemmen.\n")
            .Format.Should().Be(SourceFormat.PolicyText);

    /// <summary>The issue's Wlz comparison pasted from Word: plain tabs, no HTML, no title, the first header cell empty.</summary>
    private const string WordPastedCareOffices =
        "\tZilveren Kruis (incl de Friesland)\tCZ zorgkantoor\tVGZ\tEno/Salland\tZorg en zekerheid\n" +
        "Contracteerruimte\tVerdeling op basis van de wachtlijst¹\tZoals 2023\t- Verdeling per regio - Reservering voor groei\tGeen bijzonderheden\tVolgt het landelijk kader\n" +
        "¹ Peildatum 1 januari.\n" +
        "Maatwerkafspraken\t1. Personeel 2. Technologie\tOpslag van 1%\tOpslag van 2% voor innovatie\t- Personeel\tGeen beleid opgenomen\n" +
        "Maatwerkafspraken (vervolg)\tAanvragen per kwartaal\t\tBeoordeling door een commissie\t\t\n" +
        "Herschikking\tTwee rondes per jaar\tEén ronde in het najaar\tTwee rondes\tGeen overige bijzonderheden\tEén ronde\n" +
        "Beleid bij overschrijding\tNaar rato\tNaar rato\tNaar rato, met een bodem\tNaar rato\tNaar rato\n";

    /// <summary>Pasted from Excel: a cell with line breaks is quoted, a quote inside it doubled.</summary>
    private const string ExcelPastedInsurers =
        "Onderwerp\tCZ\tMenzis\tVGZ\n" +
        "Regioplan\t\"Regioplan voor 1 juli indienen\nmet een \"\"regiobeeld\"\"\"\tGeen bijzonderheden\tRegioplan vereist\n" +
        "Automatisering\tDigitale triage\t\"Visie op digitalisering\n- ICT-inrichting\n- CMIO\"\tXIS-keurmerk\n" +
        "Overig\tWondregisseur\tIndicatoren\tZinnige zorg\n";

    /// <summary>A 2023 memo with the insurers in another order over three column groups, a repeated header respelled, a footnote at the end.</summary>
    private const string Memo2023 =
        "Onderwerp\tVGZ\tCZ\tZilveren Kruis\n" +
        "Regioplan\t<ul><li>Regioplan vereist</li></ul>\t<ul><li>Business case</li></ul>\t<ul><li>Voor 1 september indienen</li></ul>\n" +
        "Automatisering\t<ul><li>Triage</li></ul>\t<ul><li>PGO</li></ul>\t<ul><li>Digitaal waar het kan²</li></ul>\n\n" +
        "Onderwerp\tVGZ\tCZ\tZilverenkruis\n" +
        "Overig\t<ul><li>Zinnige zorg</li></ul>\t<ul><li>Wondregisseur</li></ul>\t\n\n" +
        "Onderwerp\tDSW\tZ&Z\tENO\n" +
        "Regioplan\t<ul><li>Geen wijzigingen</li></ul>\t<ul><li>Begroting WSV</li></ul>\t<ul><li>Addenda</li></ul>\n\n" +
        "² Zie de visie van InEen.\n";

    private const string CareOfficesNamedAfterTheirConcern =
        "Inkoopkaders Wlz 2025 vergeleken\n\n" +
        "Thema\tCZ zorgkantoor\tVGZ zorgkantoor\tZorgkantoor Zorg en Zekerheid\n" +
        "Inkoopdoelen\tPassend wonen\tThuis wonen\tPositieve gezondheid\n" +
        "Bekostiging\t96,0%\t95,9%\t96,1%\n" +
        "Maatwerkafspraken\tOpslag 1%\tOpslag 1,5%\tOpslag 2%\n";

    [Theory]
    [InlineData(WordPastedCareOffices)]
    [InlineData(ExcelPastedInsurers)]
    [InlineData(Memo2023)]
    [InlineData(CareOfficesNamedAfterTheirConcern)]
    public void Comparison_tables_in_the_issues_shapes_are_comparison_tables(string text)
    {
        var detection = SourceFormatDetector.Detect(text);

        detection.Format.Should().Be(SourceFormat.ComparisonTable, string.Join(" / ", detection.Reasons));
    }

    [Fact]
    public void A_quoted_multi_line_cell_is_one_cell_of_its_row()
    {
        var table = TableRun.Read(ExcelPastedInsurers).Should().ContainSingle().Subject;

        table.Rows.Select(row => (row.FirstLine, row.LastLine, row.Cells.Count)).Should().Equal((1, 1, 4), (2, 3, 4), (4, 6, 4), (7, 7, 4));
        table.Rows[1].Cells[1].Should().Be("Regioplan voor 1 juli indienen\nmet een \"regiobeeld\"");
        table.Kind.Should().Be(TableKind.Comparison);
        SourceFormatDetector.Detect(ExcelPastedInsurers).Reasons.Should().Contain(reason => reason.Contains("van de tekst staat in tabellen met 4 kolommen (vanaf regel 1)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_whose_names_are_unknown_counts_by_its_shape()
    {
        const string text =
            "\tZorgkantoor Noordwest\tZorgkantoor Oost\tZorgkantoor Zuid\n" +
            "Inkoopdoelen\tMeer zorg thuis en in de wijk\tPassend wonen voor ouderen\tWonen met zorg op afroep\n" +
            "Bekostiging\tTariefpercentage 96% voor alle sectoren\tZoals vorig jaar\tNaar rato van de productie\n";

        SourceFormatDetector.Detect(text).Format.Should().Be(SourceFormat.ComparisonTable);
    }

    [Fact]
    public void A_text_with_too_little_evidence_asks_for_the_format()
    {
        var detection = SourceFormatDetector.Detect("Notitie\n\nEen korte tekst zonder kenmerken.\n");

        detection.Format.Should().BeNull();
        detection.IsDecided.Should().BeFalse();
        detection.Reasons[0].Should().Be("Te weinig aanwijzingen om de vorm te bepalen; kies zelf: vergelijkingstabel, beleidstekst of presentatie.");
        detection.Reasons.Skip(1).Should().HaveCount(3).And.Contain(reason => reason.StartsWith("Beleidstekst (", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_that_looks_like_two_formats_asks_for_the_format_and_says_both()
    {
        // A deck that names itself and has a date under its title, but reads as prose with a change table.
        const string text =
            "Presentatie inkoopbeleid 2025\n\n3 juni 2024\n\nWijzigingen\n\nOnderwerp\tWijziging\nKwaliteit\tNieuwe eisen.\n\n" +
            "Toelichting\n\nIn 2025 kopen wij zorg in die past bij de vraag van de verzekerde, met aandacht voor de arbeidsmarkt, " +
            "de samenwerking in de regio en de inzet van digitale zorg, en wij verwachten van aanbieders dat zij hun plannen daarop afstemmen.\n";

        var detection = SourceFormatDetector.Detect(text);

        detection.Format.Should().BeNull();
        detection.Reasons[0].Should().Contain("presentatie").And.Contain("beleidstekst").And.EndWith("kies zelf de vorm.");
    }

    [Fact]
    public void Choosing_policy_text_for_a_table_of_eight_purchasers_is_contradicted()
    {
        const string text =
            "Onderwerp\tCZ\tVGZ\tMenzis\tZilveren Kruis\tDSW\tZorg en Zekerheid\tENO\tONVZ\n" +
            "Regioplan\tJa\tJa\tNee\tJa\tNee\tJa\tNee\tJa\n" +
            "Automatisering\tPGO\tTriage\tICT\tXIS\tGeen\tPGO\tGeen\tGeen\n" +
            "Overig\t-\t-\t-\t-\t-\t-\t-\t-\n";

        var message = SourceFormatDetector.Contradiction(text, SourceFormat.PolicyText);

        message.Should().StartWith("Dit bestand is gekozen als beleidstekst, maar het is duidelijk een vergelijkingstabel: ")
            .And.Contain("regel 1: een kop met 8 inkopers (CZ, VGZ, Menzis, Zilveren Kruis, DSW, Zorg en Zekerheid, ENO, ONVZ)");
        SourceFormatDetector.Contradiction(text, SourceFormat.ComparisonTable).Should().BeNull();
    }

    [Fact]
    public void Choosing_a_comparison_table_for_a_text_without_any_table_is_contradicted() =>
        SourceFormatDetector.Contradiction(PolicySources.Text(PolicySources.WlzPresentationFile).Replace('\t', ' '), SourceFormat.ComparisonTable)
            .Should().Be("Dit bestand bevat geen tabel (geen regels met tabs of |), dus het is geen vergelijkingstabel.");

    [Fact]
    public void Choosing_policy_text_for_the_presentation_is_contradicted_but_presentation_is_not()
    {
        var text = PolicySources.Text(PolicySources.WlzPresentationFile);

        SourceFormatDetector.Contradiction(text, SourceFormat.PolicyText).Should().Contain("duidelijk een presentatie").And.Contain("regel 5: het begin noemt een presentatie");
        SourceFormatDetector.Contradiction(text, SourceFormat.Presentation).Should().BeNull();
    }

    [Fact]
    public void A_weak_picture_does_not_contradict_a_choice() =>
        SourceFormatDetector.Contradiction("Notitie\n\nEen korte tekst zonder kenmerken.\n", SourceFormat.PolicyText).Should().BeNull();

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_change_nothing()
    {
        var text = PolicySources.Text(PolicySources.AsrFile);

        var plain = SourceFormatDetector.Detect(text);
        var windows = SourceFormatDetector.Detect("\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal));

        windows.Should().BeEquivalentTo(plain);
    }
}

/// <summary>Detection on inputs nobody wrote: it never throws and always says why.</summary>
public class SourceFormatDetectorPropertyTests
{
    [Fact]
    public void Random_bytes_get_a_proposal_or_a_question_with_reasons() =>
        ReaderProperties.RandomBytes.Sample(Holds, iter: ReaderProperties.Iterations, threads: 1);

    [Fact]
    public void Random_lines_get_a_proposal_or_a_question_with_reasons() =>
        ReaderProperties.RandomLines.Sample(Holds, iter: ReaderProperties.Iterations, threads: 1);

    [Theory]
    [InlineData("inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt")]
    [InlineData("asr-inkoopbeleid-2023-2024-elv-grz-gzsp.txt")]
    [InlineData("zorg-en-zekerheid-presentatie-zorginkoop-wlz-2024-2026.txt")]
    public void Shuffled_dropped_and_duplicated_lines_get_a_proposal_or_a_question_with_reasons(string file) =>
        ReaderProperties.Mutations(File.ReadAllText(RepositoryPaths.Source(file))).Sample(Holds, iter: 40, threads: 1);

    [Fact]
    public void The_memo_with_its_rows_shuffled_is_still_a_comparison_table()
    {
        var memo = File.ReadAllLines(RepositoryPaths.Source("inkoopbeleid-zorgverzekeraars-2022-huisartsenzorg-memo.txt"));
        var header = Array.FindIndex(memo, line => line.StartsWith("Onderwerp\tCZ", StringComparison.Ordinal));
        var rows = memo.Skip(header + 1).Where(line => line.Contains('\t', StringComparison.Ordinal) && !line.StartsWith("Onderwerp", StringComparison.Ordinal)).ToArray();

        Gen.Shuffle(rows).Sample(order =>
            SourceFormatDetector.Detect(string.Join("\n", memo.Take(header + 1).Concat(order))).Format.Should().Be(SourceFormat.ComparisonTable),
            iter: 40, threads: 1);
    }

    private static void Holds(string text)
    {
        var detection = SourceFormatDetector.Detect(text);
        detection.Reasons.Should().NotBeEmpty().And.OnlyContain(reason => reason.Length > 0);
        foreach (var format in Enum.GetValues<SourceFormat>())
        {
            var contradiction = SourceFormatDetector.Contradiction(text, format);
            if (detection.Format == format)
            {
                contradiction.Should().BeNull("the proposed format is never contradicted");
            }
        }
    }
}
