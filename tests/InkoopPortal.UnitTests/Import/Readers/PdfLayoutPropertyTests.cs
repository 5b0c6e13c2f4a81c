using CsCheck;
using InkoopPortal.Application.Import.Readers;
using InkoopPortal.Application.Import.Readers.Pdf;

namespace InkoopPortal.UnitTests.Import.Readers;

public sealed class PdfLayoutPropertyTests
{
    private static readonly string[] Vocabulary = ["zorg", "beleid", "inkoop", "wij", "de", "het", "aanbieder", "regio", "tarief", "kwaliteit", "contract", "jaar"];

    /// <summary>
    /// Random prose laid out as left-aligned lines of words (random widths, small jitter in height, words shuffled in
    /// the page's drawing order) comes back as the same words in the same order, each on its page.
    /// </summary>
    [Fact]
    public void Words_of_random_prose_come_back_in_reading_order_with_their_page()
    {
        var pageGen = Gen.Select(Gen.Int[3, 9].Array[8, 30], Gen.Int[0, Vocabulary.Length - 1].Array[200], Gen.Double[-0.8, 0.8].Array[300]);
        Gen.Select(pageGen.Array[1, 3], Gen.Int)
            .Sample(sample =>
            {
                var (pages, seed) = sample;
                var expected = new List<(string Word, int Page)>();
                var input = new List<PdfPageWords>();
                for (var number = 1; number <= pages.Length; number++)
                {
                    var (lineLengths, vocabulary, jitter) = pages[number - 1];
                    var words = new List<PdfWord>();
                    var at = 0;
                    for (var line = 0; line < lineLengths.Length; line++)
                    {
                        var x = 70.0;
                        var baseline = 760 - line * 15.0;
                        for (var index = 0; index < lineLengths[line]; index++, at++)
                        {
                            var text = Vocabulary[vocabulary[at % vocabulary.Length]] + (index == lineLengths[line] - 1 ? "." : "");
                            var width = text.Length * 5.5;
                            var shift = jitter[at % jitter.Length];
                            words.Add(new PdfWord(text, x, x + width, baseline - 2 + shift, baseline + 8 + shift, 10, false));
                            expected.Add((text, number));
                            x += width + 3;
                        }
                    }

                    input.Add(new PdfPageWords(number, 595, 842, words.OrderBy(word => HashCode.Combine(seed, word.Left, word.Top)).ToList()));
                }

                var read = PdfLayout.Lay(input);
                var lines = read.Text.Split('\n');
                var actual = lines.SelectMany((line, index) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (Word: word, Page: read.PageOfLine[index]))).ToList();
                actual.Select(entry => entry.Word).Should().Equal(expected.Select(entry => entry.Word));
                actual.Select(entry => entry.Page).Should().Equal(expected.Select(entry => entry.Page));
            }, iter: 200);
    }

    /// <summary>
    /// Found by the property above (seed 9ou99wPuGcL1): a short line of prose ("de tarief aanbieder.") that comes back
    /// at the same height in the top margin zone of two of three pages was dropped as a running header, though a line
    /// of body text stood above it. A running line stands at the page's edge.
    /// </summary>
    [Fact]
    public void A_repeated_line_below_body_text_is_not_a_running_header()
    {
        PdfWord Word(string text, double left, double baseline) => new(text, left, left + text.Length * 5.5, baseline - 2, baseline + 8, 10, false);
        PdfPageWords Page(int number, string first) => new(number, 595, 842,
        [
            Word("Kop", 70, 800), Word(first, 70, 760), Word("de", 70, 745), Word("tarief", 90, 745), Word("aanbieder.", 130, 745),
            Word("Slot", 70, 400),
        ]);

        var read = PdfLayout.Lay([Page(1, "kwaliteit."), Page(2, "regio."), Page(3, "inkoop.")]);

        read.Text.Split('\n').Count(line => line.Contains("de tarief aanbieder.")).Should().Be(3, "the line stands below body text on every page");
        read.Text.Should().NotContain("Kop", "the line at the top of every page is a running header");
    }

    /// <summary>
    /// Glyph boxes are tight: a bullet, a dash or dot leaders sit lower or higher than the words of their line and
    /// once made lines of their own (an empty list item, a heading without its dash). A bullet alone on its line
    /// takes the next line as its text.
    /// </summary>
    [Fact]
    public void Small_glyphs_stay_on_their_line_and_a_lone_bullet_takes_the_next_line()
    {
        PdfWord Word(string text, double left, double baseline, double height = 10) =>
            new(text, left, left + text.Length * 5.5, baseline, baseline + height, 10, false);
        var words = new List<PdfWord>
        {
            Word("Inleiding", 70, 760), Word("Wij", 70, 745), Word("kopen", 92, 745), Word("zorg.", 128, 745),
            new("•", 72, 75, 729.5, 732.5, 10, false), Word("eerste", 84, 727), Word("punt;", 120, 727),
            new("•", 72, 75, 711.5, 714.5, 10, false),
            Word("tweede", 84, 697), Word("punt.", 124, 697),
            Word("Eisen", 70, 670), new("–", 104, 109, 673, 674, 10, false), Word("ziekenhuizen", 112, 670),
            Word("Inhoud", 70, 640), new("....", 110, 130, 640, 641, 10, false), Word("3", 300, 640),
        };

        var read = PdfLayout.Lay([new PdfPageWords(1, 595, 842, words)]);
        var lines = read.Text.Split('\n');

        lines.Should().Contain("- eerste punt;").And.Contain("- tweede punt.").And.Contain("Eisen – ziekenhuizen");
        lines.Should().NotContain(line => line.Trim() == "-" || line.Trim() == "–");
        lines.Should().Contain(line => line.StartsWith("Inhoud ....", StringComparison.Ordinal) && line.EndsWith('3'));
    }

    [Theory]
    [InlineData("zorg-", "aanbieder", "zorgaanbieder")]
    [InlineData("Wlz-", "zorg", "Wlz-zorg")]
    [InlineData("e-", "health", "e-health")]
    [InlineData("de", "zorg", "de zorg")]
    [InlineData("medisch-", "specialistische", "medisch-specialistische")]
    public void Words_hyphenated_at_a_line_end_are_joined_unless_the_hyphen_is_the_words_own(string end, string start, string joined)
    {
        var document = new HashSet<string> { "medisch-specialistische" };

        TextNormalizer.JoinHyphenated(end, start, document.Contains).Should().Be(joined);
    }

    [Theory]
    [InlineData("α.s.r. betaalt", "a.s.r. betaalt")]
    [InlineData("ﬁnanciering en ﬂexibel", "financiering en flexibel")]
    [InlineData("zorg\u00ADaanbieder\u00A0regio", "zorgaanbieder regio")]
    [InlineData("Ωμέγα", "Ωμέγα")]
    public void Ligatures_look_alikes_and_odd_spaces_are_normalised(string raw, string normalised) =>
        TextNormalizer.Normalize(raw).Should().Be(normalised);
}
