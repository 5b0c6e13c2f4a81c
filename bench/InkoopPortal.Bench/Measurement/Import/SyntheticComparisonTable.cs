using System.Globalization;
using System.Text;

namespace InkoopPortal.Bench.Measurement.Import;

/// <summary>
/// A comparison table of the memo's shape with as many topic rows as asked: four insurers, HTML list cells with
/// nesting and emphasis of about the memo's length (some 300 bytes a cell), a fixed seed. Topic names are distinct
/// word combinations, so a bulk load creates every one of them.
/// </summary>
public static class SyntheticComparisonTable
{
    private static readonly string[] Insurers = ["CZ", "VGZ", "Menzis", "Zilveren Kruis"];

    private static readonly string[] Words =
    [
        "regionale", "samenwerking", "huisartsen", "ouderenzorg", "digitale", "zorg", "arbeidsmarkt", "preventie",
        "leefstijl", "wijkverpleging", "ketenzorg", "chronische", "diabetes", "kwaliteit", "meetbare", "uitkomsten",
        "duurzaamheid", "innovatie", "financiering", "contractering", "spoedzorg", "avondzorg", "praktijkondersteuning",
        "zorgverlening", "doelmatigheid", "verwijzingen", "transmurale", "afspraken", "ondersteuning", "organisatie",
        "infrastructuur", "mentale", "gezondheid", "jeugd", "kwetsbare", "patiënten", "dementie", "palliatieve",
    ];

    public static string Write(int rows, int seed = 20261205)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        text.Append("Vergelijking huisartsenzorg 2030 (synthetisch, ").Append(rows.ToString(CultureInfo.InvariantCulture)).Append(" rijen)\n\n");
        text.Append("Onderwerp\t").Append(string.Join('\t', Insurers)).Append('\n');
        var names = new HashSet<string>();
        for (var row = 0; row < rows; row++)
        {
            string name;
            do
            {
                name = Capitalize($"{Pick(random)} {Pick(random)} {Pick(random)} {Pick(random)}");
            }
            while (!names.Add(name));

            text.Append(name).Append(" <i>Hoe geregeld?</i>");
            foreach (var _ in Insurers)
            {
                text.Append('\t').Append(Cell(random));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Cell(Random random)
    {
        if (random.Next(10) == 0)
        {
            return "<p>Geen bijzonderheden</p>";
        }

        var cell = new StringBuilder("<ul style=\"list-style-type: none\">");
        var items = random.Next(1, 5);
        for (var item = 0; item < items; item++)
        {
            cell.Append(" – ").Append(Capitalize(Sentence(random)));
            if (random.Next(4) == 0)
            {
                cell.Append(" <ul style=\"list-style-type: none\"> – <i>").Append(Sentence(random)).Append("</i> – ").Append(Sentence(random)).Append("</ul>");
            }
        }

        return cell.Append(" </ul>").ToString();
    }

    private static string Sentence(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(4, 10)).Select(_ => Pick(random))) + ".";

    private static string Pick(Random random) => Words[random.Next(Words.Length)];

    private static string Capitalize(string text) => char.ToUpper(text[0], CultureInfo.GetCultureInfo("nl-NL")) + text[1..];
}
