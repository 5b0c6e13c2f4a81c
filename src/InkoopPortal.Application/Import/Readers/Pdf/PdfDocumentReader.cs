using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Util;

namespace InkoopPortal.Application.Import.Readers.Pdf;

/// <summary>
/// Reads a PDF with PdfPig into the policy-text form with a page per line (ADR-032), or refuses it in Dutch:
/// encrypted or password-protected, corrupt, image-only (no text layer) or mostly unreadable.
/// </summary>
public static class PdfDocumentReader
{
    /// <summary>Fewer text characters per page than this on average: a scan without a text layer.</summary>
    private const int MinimumCharactersPerPage = 40;

    /// <exception cref="ImportFailedException">The PDF cannot be read as text; nothing was stored.</exception>
    public static ReadDocument Read(byte[] bytes, string fileName)
    {
        List<PdfPageWords> pages;
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.IsEncrypted)
            {
                throw Refused($"'{fileName}' is beveiligd (versleuteld of met een wachtwoord). Sla de PDF op zonder beveiliging en importeer hem opnieuw.");
            }

            // PdfPig's default word extractor (letters split at spaces and gaps): the nearest-neighbour one gave the
            // same words on every fixture at about three times the cost (bench/results/pdf-2026-12-05.md).
            pages = document.GetPages().Select(page => new PdfPageWords(
                page.Number,
                page.Width,
                page.Height,
                page.GetWords(DefaultWordExtractor.Instance).Select(word =>
                {
                    var letters = word.Letters;
                    return new PdfWord(
                        TextNormalizer.Normalize(word.Text),
                        word.BoundingBox.Left,
                        word.BoundingBox.Right,
                        word.BoundingBox.Bottom,
                        word.BoundingBox.Top,
                        letters.Count > 0 ? letters.GroupBy(letter => Math.Round(letter.PointSize, 1)).OrderByDescending(group => group.Count()).First().Key : 0,
                        letters.Count > 0 && letters.Count(letter => letter.FontDetails?.IsBold == true || (letter.FontName ?? "").Contains("Bold", StringComparison.OrdinalIgnoreCase)) * 2 > letters.Count);
                }).Where(word => word.Text.Trim().Length > 0).Concat(DrawnBullets(page)).ToList(),
                VerticalRules(page))).ToList();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Refused($"'{fileName}' is beveiligd met een wachtwoord. Sla de PDF op zonder wachtwoord en importeer hem opnieuw.");
        }
        catch (ImportFailedException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw Refused($"'{fileName}' is geen leesbare PDF (het bestand is beschadigd of onvolledig). Exporteer de PDF opnieuw uit het oorspronkelijke programma.");
        }

        if (pages.Count == 0)
        {
            throw Refused($"'{fileName}' heeft geen pagina's.");
        }

        var characters = pages.SelectMany(page => page.Words).Sum(word => word.Text.Length);
        if (characters < MinimumCharactersPerPage * pages.Count)
        {
            throw Refused($"'{fileName}' bevat (bijna) geen tekst: het lijkt een scan of afbeelding zonder tekstlaag. "
                + "Importeer een PDF met tekst (niet gescand), of laat de scan eerst herkennen (OCR).");
        }

        if (UnreadableText.TooMuch(string.Concat(pages.SelectMany(page => page.Words).Select(word => word.Text))) is { } percent)
        {
            throw Refused($"De tekst in '{fileName}' is grotendeels onleesbaar ({percent} % onbekende tekens; "
                + "de lettertypen hebben geen tekstcodering). Exporteer de PDF opnieuw of importeer de tekst als .txt.");
        }

        return PdfLayout.Lay(pages);
    }

    /// <summary>
    /// List bullets that are drawn, not written (Chromium draws discs, circles and squares as small shapes): a small,
    /// roughly square shape becomes a "•" word at its place, so the layout sees the list item.
    /// </summary>
    private static IEnumerable<PdfWord> DrawnBullets(UglyToad.PdfPig.Content.Page page)
    {
        foreach (var path in page.Paths)
        {
            if (UglyToad.PdfPig.Core.PdfSubpath.GetBoundingRectangle(path) is not { } box)
            {
                continue;
            }

            if (box.Width is >= 1.5 and <= 7 && box.Height is >= 1.5 and <= 7 && box.Width / box.Height is > 0.6 and < 1.6)
            {
                // A bullet glyph's box is about the x-height; its font size is about twice its width.
                yield return new PdfWord("•", box.Left, box.Right, box.Bottom - box.Height * 0.4, box.Top + box.Height * 0.4, box.Width * 2.2, false);
            }
        }
    }

    /// <summary>Thin, tall shapes: the vertical borders of a bordered table (a grid is a table, whatever it lists).</summary>
    private static List<PdfVerticalRule> VerticalRules(UglyToad.PdfPig.Content.Page page) =>
        page.Paths.Select(path => UglyToad.PdfPig.Core.PdfSubpath.GetBoundingRectangle(path))
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(box => box.Width <= 1.5 && box.Height >= 6)
            .Select(box => new PdfVerticalRule((box.Left + box.Right) / 2, box.Bottom, box.Top)).ToList();

    private static ImportFailedException Refused(string message) => new(new ImportProblem(0, null, message));
}
