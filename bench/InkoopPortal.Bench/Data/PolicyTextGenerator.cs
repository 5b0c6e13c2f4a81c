using System.Text;

namespace InkoopPortal.Bench.Data;

/// <summary>
/// Writes Dutch-ish policy bullets as Markdown, in the shape the importers store: a list with nested items, italics,
/// superscripts (<c>^2^</c>) and now and then a footnote. Deterministic for a given <see cref="Random"/>.
/// </summary>
public static class PolicyTextGenerator
{
    private static readonly string[] Subjects =
    [
        "De zorgaanbieder", "Wij", "De zorgverzekeraar", "Het zorgkantoor", "De aanbieder", "Elke gecontracteerde aanbieder",
        "Het regionale netwerk", "De coöperatie", "Wij als inkoper", "De wijkverpleegkundige",
    ];

    private static readonly string[] Verbs =
    [
        "stimuleert", "verwacht", "vraagt om", "bekostigt", "contracteert", "ondersteunt", "monitort", "maakt afspraken over",
        "legt verantwoording af over", "werkt aan", "investeert in", "rapporteert jaarlijks over",
    ];

    private static readonly string[] Objects =
    [
        "passende zorg volgens het Integraal Zorgakkoord (IZA)", "regionale samenwerking met huisartsen en gemeenten",
        "de inzet van e-health en digitale zorg", "gegevensuitwisseling via het Landelijk Schakelpunt",
        "het terugdringen van wachttijden", "duurzaamheid en de Green Deal Zorg", "de arbeidsmarktproblematiek in de regio",
        "de kwaliteitskaders van het Zorginstituut", "een meerjarige contractduur", "een tarief van 98% van het NZa-maximum",
        "het verminderen van administratieve lasten", "de inzet van zorgtechnologie", "samen beslissen met de cliënt",
        "een regiobeeld en een regioplan", "toegankelijkheid van spoedzorg in de avond en het weekend",
        "het verminderen van de CO₂-uitstoot met 55%", "preventie en gezondheidsvaardigheden",
    ];

    private static readonly string[] Qualifiers =
    [
        "vanaf 1 januari", "in het contractjaar", "binnen de regio", "conform de landelijke afspraken", "waar dat passend is",
        "in overleg met de zorgverzekeraar", "op basis van de regioanalyse", "met een opslag van 2,5%", "per kwartaal",
        "uiterlijk op 1 oktober", "voor nieuwe toetreders", "bij een zorgomzet boven € 100.000",
    ];

    private static readonly string[] Emphases = ["niet", "altijd", "uitsluitend", "minimaal", "in ieder geval"];

    /// <summary>Every fixed phrase the texts are made of (the search benchmark takes its candidate terms from them).</summary>
    public static IEnumerable<string> Phrases => Subjects.Concat(Verbs).Concat(Objects).Concat(Qualifiers).Concat(Emphases);

    public static string Write(Random random, int targetLength)
    {
        var markdown = new StringBuilder(targetLength + 200);
        var footnotes = new List<string>();
        while (markdown.Length < targetLength)
        {
            markdown.Append("- ").Append(Sentence(random, footnotes)).Append('\n');
            var children = random.Next(4) == 0 ? random.Next(1, 4) : 0;
            for (var child = 0; child < children && markdown.Length < targetLength; child++)
            {
                markdown.Append("  - ").Append(Sentence(random, footnotes)).Append('\n');
            }
        }

        if (footnotes.Count > 0)
        {
            markdown.Append('\n');
            for (var index = 0; index < footnotes.Count; index++)
            {
                markdown.Append("[^").Append(index + 1).Append("]: ").Append(footnotes[index]).Append('\n');
            }
        }

        return markdown.ToString().TrimEnd('\n');
    }

    private static string Sentence(Random random, List<string> footnotes)
    {
        var sentence = new StringBuilder();
        sentence.Append(Pick(random, Subjects)).Append(' ').Append(Pick(random, Verbs)).Append(' ');
        if (random.Next(6) == 0)
        {
            sentence.Append('*').Append(Pick(random, Emphases)).Append("* ");
        }

        sentence.Append(Pick(random, Objects));
        if (random.Next(2) == 0)
        {
            sentence.Append(' ').Append(Pick(random, Qualifiers));
        }

        if (random.Next(12) == 0)
        {
            sentence.Append(" (norm: ").Append(random.Next(2, 40)).Append(" m^2^ per cliënt)");
        }

        if (random.Next(15) == 0 && footnotes.Count < 3)
        {
            footnotes.Add($"Zie bijlage {random.Next(1, 6)} van het inkoopdocument.");
            sentence.Append("[^").Append(footnotes.Count).Append(']');
        }

        return sentence.Append('.').ToString();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
