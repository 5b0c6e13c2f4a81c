using System.Globalization;

namespace InkoopPortal.Web.Components.Pages.Editing.NewYear;

/// <summary>The addresses of the editors' pages for new policy years, imports and filing, and of the matrix they lead to.</summary>
public static class EditorLinks
{
    public const string Drafts = "redactie/concepten";

    public const string Import = "redactie/import";

    /// <summary>The review of one import's drafts (its stored source's id).</summary>
    public static string ImportReview(int sourceId) => $"redactie/import/{sourceId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The original file of an imported source, byte for byte.</summary>
    public static string SourceFile(int sourceId, string fileName) =>
        $"bronnen/{sourceId.ToString(CultureInfo.InvariantCulture)}/{Uri.EscapeDataString(fileName)}";

    public static string NewYear(int documentId) => $"redactie/documenten/{documentId}/nieuw-jaar";

    /// <summary>The review of a policy text's sections against the codebook ("Indelen").</summary>
    public static string Filing(int documentId) => $"redactie/documenten/{documentId.ToString(CultureInfo.InvariantCulture)}/indelen";

    public static string DocumentEdit(int documentId) => $"redactie/documenten/{documentId.ToString(CultureInfo.InvariantCulture)}";

    public static string Draft(int draftId) => $"redactie/concepten/{draftId}";

    /// <summary>The statement edit page (built with the other editor pages).</summary>
    public static string Statement(int statementId) => $"redactie/stellingen/{statementId}";

    public static string Matrix(int year, string careTypeSlug) =>
        $"vergelijk?jaar={year.ToString(CultureInfo.InvariantCulture)}&zorgsoort={Uri.EscapeDataString(careTypeSlug)}";
}
