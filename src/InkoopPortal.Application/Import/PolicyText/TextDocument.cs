using System.Globalization;
using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// A policy text read into sections, with its title: the first heading (or the next that names a year or a kind of
/// document when the first names neither). Years come from the title ("2023 &amp; 2024",
/// "2024-2026", "2024"), or from one of the two headings after it when the title has none; the year of a date in a
/// heading is the date's, not the policy's.
/// </summary>
internal sealed partial class TextDocument
{
    private const int HeadingsSearchedForYears = 3;

    private TextDocument(IReadOnlyList<SourceLine> lines, IReadOnlyList<SectionNode> sections, int titleIndex)
    {
        Lines = lines;
        Sections = sections;
        TitleIndex = titleIndex;
        OwnDate = OpeningDate.Find(lines);
        var years = sections.Where(section => !section.IsIntro).Take(HeadingsSearchedForYears)
            .Select(section => Years(section.Title)).FirstOrDefault(found => found.Count > 0) ?? [];
        FromYear = years.Count > 0 ? years.Min() : null;
        ToYear = years.Count > 0 ? years.Max() : null;
    }

    /// <summary>Every line of the file, classified; <see cref="SourceLine.LineNumber"/> is 1-based.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    public IReadOnlyList<SectionNode> Sections { get; }

    public int TitleIndex { get; }

    public SectionNode TitleSection => Sections[TitleIndex];

    public string Title => TitleSection.Heading;

    public int? FromYear { get; }

    public int? ToYear { get; }

    public static TextDocument Read(string text, int maxHeadingLength = LineClassifier.DocumentHeadingLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportFailedException(new ImportProblem(1, null, "het bestand is leeg."));
        }

        var lines = LineClassifier.Classify(text, maxHeadingLength);
        var sections = SectionTreeBuilder.Build(lines);
        var titleIndex = TitleIndexOf(sections);
        if (titleIndex < 0)
        {
            var first = lines.First(line => line.Kind != LineKind.Blank).LineNumber;
            throw new ImportFailedException(new ImportProblem(first, null,
                "geen titel of kop gevonden. Een beleidstekst begint met een titel op een eigen regel (of een regel die met # begint)."));
        }

        return new TextDocument(lines, sections, titleIndex);
    }

    public IReadOnlyList<ParsedSection> ToParsedSections() =>
        Sections.Select(section => new ParsedSection(section.Number, section.Title, section.Level, MarkdownWriter.Body(section.Blocks), section.Line)).ToList();

    /// <summary>
    /// The document's own date: the date on its opening lines ("6 juni 2023", "Datum: 6 juni 2023", "Utrecht, 12 juni
    /// 2024", or in the title itself), as on a presentation's title slide. It dates the document; it is never a deadline.
    /// </summary>
    public (DateOnly Date, int Line)? OwnDate { get; }

    public IEnumerable<Block> AllBlocks => Sections.SelectMany(section => section.Blocks);

    /// <summary>
    /// The first heading, unless it names neither a year nor a kind of document and one of the next two does: a
    /// purchaser's name above the title ("Caresq" / "Inkoopbeleid huisartsenzorg 2026") is not the title.
    /// </summary>
    private static int TitleIndexOf(List<SectionNode> sections)
    {
        var headings = sections.Select((section, index) => (Section: section, Index: index)).Where(entry => !entry.Section.IsIntro)
            .Take(HeadingsSearchedForYears).ToList();
        if (headings.Count == 0)
        {
            return -1;
        }

        return headings.FirstOrDefault(entry => Years(entry.Section.Title).Count > 0 || DocumentKind().IsMatch(entry.Section.Title), headings[0]).Index;
    }

    /// <summary>The years a heading names, leaving out the year of a date in it ("Kennissessie – 20 juni 2024" names none).</summary>
    private static List<int> Years(string title)
    {
        var withoutDates = DutchDateReader.FindDates(title).Aggregate(title, (text, mention) => text.Replace(mention.Text, " ", StringComparison.Ordinal));
        return Year().Matches(withoutDates).Select(match => int.Parse(match.Value, CultureInfo.InvariantCulture)).ToList();
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"beleid|kader|inkoopdocument|presentatie|bijeenkomst|webinar|sessie", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentKind();
}
