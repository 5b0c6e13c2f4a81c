using System.Text;
using InkoopPortal.Application.Import;

namespace InkoopPortal.TestSupport.Security;

/// <summary>
/// A comparison table in the memo's format with one row per <see cref="XssCorpus"/> payload: CZ's cell holds the
/// payload in the memo's dash list, VGZ's cell holds it bare. Topics are "Payload 1" ... "Payload n" (n the payload's
/// number in the corpus, from 1); payload n is on line <see cref="FirstRowLine"/> + its row index.
/// </summary>
public static class XssTable
{
    public const int Year = 2031;

    public const int FirstRowLine = 4;

    /// <summary>Writes the rows of the given payloads (indexes into <see cref="XssCorpus.Payloads"/>; all by default).</summary>
    public static async Task<string> WriteAsync(IReadOnlyList<int>? payloads = null)
    {
        payloads ??= Enumerable.Range(0, XssCorpus.Payloads.Count).ToList();
        var text = new StringBuilder();
        text.Append("Vergelijking ").Append(Year).Append("\n\nOnderwerp\tCZ\tVGZ\n");
        foreach (var index in payloads)
        {
            var payload = XssCorpus.Payloads[index].Replace('\t', ' ');
            text.Append("Payload ").Append(index + 1).Append("\t<ul style=\"list-style-type: none\"> – ").Append(payload)
                .Append('\t').Append(payload).Append('\n');
        }

        var path = Path.Combine(Path.GetTempPath(), $"inkoopportal-xss-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, text.ToString());
        return path;
    }

    /// <summary>
    /// Imports the corpus as a table; the importer refuses rows it does not allow, by line and column, and writes
    /// nothing. Its checks run in stages (unstorable characters first, then the cells' HTML), so this imports again
    /// without the rows named until the rest goes through. <paramref name="afterRefusal"/> runs after each refusal.
    /// </summary>
    public static async Task<XssImport> ImportAsync(ISourceImporter importer, Func<Task>? afterRefusal = null)
    {
        var refused = new HashSet<int>();
        var problems = new List<ImportProblem>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var rows = Enumerable.Range(0, XssCorpus.Payloads.Count).Where(index => !refused.Contains(index)).ToList();
            try
            {
                await importer.ImportAsync(new ImportRequest(await WriteAsync(rows), Year, ["huisartsenzorg"], null, CreateUnknownNames: true));
                return new XssImport(rows, refused, problems);
            }
            catch (ImportFailedException failure)
            {
                problems.AddRange(failure.Problems);
                refused.UnionWith(failure.Problems.Select(problem => rows[problem.Line - FirstRowLine]));
                if (afterRefusal is not null)
                {
                    await afterRefusal();
                }
            }
        }

        throw new InvalidOperationException($"The XSS table still did not import after 5 attempts: {string.Join(" | ", problems)}");
    }
}

/// <summary>The outcome of <see cref="XssTable.ImportAsync"/>: payload indexes imported and refused, and the refusals.</summary>
public sealed record XssImport(IReadOnlyList<int> Accepted, IReadOnlySet<int> Refused, IReadOnlyList<ImportProblem> Problems);
