using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Application.Export;

/// <summary>A file to download: its name, content type and bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The matrix page's exports: the same <see cref="MatrixPage"/> the page renders (from <see cref="MatrixService"/>,
/// with the same query string and "Mijn regio" cookie), written as .xlsx or CSV (ADR-017).
/// </summary>
public static class MatrixExport
{
    public const string XlsxPath = "/vergelijk/export.xlsx";
    public const string CsvPath = "/vergelijk/export.csv";

    /// <summary>The export of what a page with <paramref name="request"/> shows; relative, like the page's other links.</summary>
    public static string Url(string path, MatrixRequest request) => path.TrimStart('/') + (request with { MyRegion = null }).ToQueryString();

    /// <summary>"inkoopbeleid-huisartsenzorg-2022.xlsx".</summary>
    public static string FileName(ComparisonMatrix matrix, string extension) =>
        $"inkoopbeleid-{matrix.CareType.Slug}-{matrix.Year}.{extension}";

    /// <summary>The messages that stop an export (Dutch, as the page gives them); none when the page has a matrix and the request was read without problems.</summary>
    public static IReadOnlyList<string> Refusals(MatrixPage page, IReadOnlyList<string> problems) =>
        problems.Count > 0 || page.Matrix is null
            ? page.Messages.Count > 0 ? page.Messages : ["Er is geen vergelijking om te exporteren."]
            : [];

    public static ExportFile Xlsx(MatrixPage page) =>
        new(FileName(page.Matrix!, "xlsx"), MatrixWorkbook.ContentType, MatrixWorkbook.Write(MatrixGrid.From(page)));

    public static ExportFile Csv(MatrixPage page)
    {
        var grid = MatrixGrid.From(page);
        return new(FileName(page.Matrix!, "csv"), DutchCsv.ContentType, DutchCsv.Write(grid.Header, grid.Values));
    }
}
