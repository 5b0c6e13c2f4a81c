using CsCheck;
using InkoopPortal.Application.Import.Readers.Docx;

namespace InkoopPortal.UnitTests.Import.Readers.Docx;

/// <summary>Any sequence of headings, paragraphs and list items written to Word comes back in order, with its levels.</summary>
public sealed class DocxReaderPropertyTests
{
    private static readonly string[] Vocabulary =
        ["zorg", "inkoop", "beleid", "wijkverpleging", "cliënt", "tarief", "kwaliteit", "regio", "aanbieder", "contract", "ggz", "Wlz-zorg", "2027", "e-health", "één"];

    private static readonly Gen<string> Sentence =
        Gen.OneOf(Vocabulary).Array[1, 8].Select(words => char.ToUpperInvariant(words[0][0]) + string.Join(" ", words)[1..]);

    /// <summary>(kind, level, text): 0 heading (level 1-3), 1 paragraph, 2 bullet (level 0-2).</summary>
    private static readonly Gen<(int Kind, int Level, string Text)> Block =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Sentence, (kind, level, text) => (kind, kind == 0 ? level + 1 : kind == 2 ? level : 0, text));

    [Fact]
    public void Blocks_come_back_in_order_with_their_levels() =>
        Gen.Select(Block.Array[1, 12], Gen.Bool).Sample((blocks, dutch) =>
        {
            var builder = new DocxBuilder(dutch);
            foreach (var (kind, level, text) in blocks)
            {
                _ = kind switch
                {
                    0 => builder.Heading(level, text),
                    1 => builder.Paragraph(text),
                    _ => builder.Item(DocxBuilder.Bullets, level, text),
                };
            }

            var expected = blocks.Select(block => block.Kind switch
            {
                0 => new string('#', block.Level) + " " + block.Text,
                1 => block.Text,
                _ => new string(' ', block.Level * 2) + "- " + block.Text,
            });

            DocxDocumentReader.Read(builder.Build(), "p.docx").Text.Split('\n').Where(line => line.Length > 0).Should().Equal(expected);
        });
}
