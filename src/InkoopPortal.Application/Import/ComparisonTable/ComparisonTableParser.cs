using System.Text.RegularExpressions;
using InkoopPortal.Application.Import.Names;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// Reads the text form of a comparison table: an optional title and introduction, a table of links to each
/// purchaser's document, and tab-separated tables of topics (rows) against purchasers (columns) whose cells hold
/// (broken) HTML or plain text, as written by hand, exported from a PDF or pasted from Word or Excel.
/// </summary>
public static partial class ComparisonTableParser
{
    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]")]
    private static partial Regex Qualifier();

    /// <param name="text">The decoded text.</param>
    /// <param name="purchaserIdentity">
    /// Maps a written purchaser name to a stable key: headers whose names map to the same keys are the same header
    /// (repeated after a page break), and columns with the same key in several tables are one column (the spelling
    /// first seen stays its name). Defaults to <see cref="DefaultPurchaserIdentity"/>.
    /// </param>
    /// <exception cref="ImportFailedException">With every problem found, each with its line and column.</exception>
    public static ParsedComparisonTable Parse(string text, Func<string, string>? purchaserIdentity = null) =>
        new ComparisonTableReader(text, purchaserIdentity ?? DefaultPurchaserIdentity).Read();

    /// <summary>
    /// The name as compared without the database: letters and digits only, without qualifiers in brackets, so
    /// "Zilveren Kruis (incl de Friesland)", "Zilverenkruis" and "zilveren kruis" are one purchaser.
    /// </summary>
    public static string DefaultPurchaserIdentity(string name)
    {
        var key = NameKey.From(Qualifier().Replace(name, " "));
        return key.Length > 0 ? key : NameKey.From(name);
    }
}
