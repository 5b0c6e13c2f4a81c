using System.Text.RegularExpressions;
using AngleSharp.Dom;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// The first cell of a row: the topic name with its guiding questions in italics, e.g.
/// "Regioplan/ regiobeeld &lt;i&gt;Vereiste?&lt;/i&gt;", or in plain text on the lines under the name. "(R)" in the
/// name marks a precondition. A cell with no name (empty, or only italics) continues the topic above, and so does a
/// row marked as a continuation: "(vervolg)", "Vervolg:", "Maatwerkafspraken (vervolg)", "Vervolg: Maatwerkafspraken",
/// "Maatwerkafspraken – vervolg". Then <see cref="Name"/> is the topic it names ("" when it names none).
/// </summary>
internal sealed partial record TopicCell(
    string Name, bool IsPrecondition, IReadOnlyList<string> GuidingQuestions, bool IsMarkedContinuation = false)
{
    private const string PreconditionMark = "(R)";

    /// <summary>True for a row that adds to a topic instead of starting one.</summary>
    public bool IsContinuation => Name.Length == 0 || IsMarkedContinuation;

    // "vervolg" (or "vervolgd") on its own, in brackets or with a colon.
    [GeneratedRegex(@"^[(\[]?\s*vervolgd?\s*[)\]]?\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareContinuation();

    // "Maatwerkafspraken (vervolg)", "Maatwerkafspraken – vervolg", "Maatwerkafspraken, vervolg:".
    [GeneratedRegex(@"^(?<name>.*?\S)\s*(?:[(\[]\s*vervolgd?\s*[)\]]|[,:;–—-]\s*vervolgd?)\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex NameThenContinuation();

    // "Vervolg: Maatwerkafspraken", "Vervolg van Maatwerkafspraken", "Vervolg – Maatwerkafspraken".
    [GeneratedRegex(@"^vervolgd?\s*(?:van\s+|[:–—-]\s*)(?<name>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuationThenName();

    /// <summary>The key a topic is matched on: the slug of its name up to the first "/".</summary>
    public string Key => Slug.From(Name.Split('/')[0]);

    public static TopicCell Read(string html)
    {
        var nameParts = new List<string>();
        var questions = new List<string>();
        Collect(CellHtmlConverter.ParseFragment(html), nameParts, questions);

        // Plain text (pasted from Excel or Word): the first line is the name, the lines under it are questions.
        var nameLines = string.Join(" ", nameParts).Split('\n')
            .Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        questions.AddRange(nameLines.Skip(1));
        var name = Clean(nameLines.FirstOrDefault() ?? "");
        var isPrecondition = name.Contains(PreconditionMark, StringComparison.OrdinalIgnoreCase);
        if (isPrecondition)
        {
            name = Clean(name.Replace(PreconditionMark, " ", StringComparison.OrdinalIgnoreCase));
        }

        var cleanQuestions = questions.Select(CleanQuestion).Where(q => q.Length > 0).ToList();
        var isMarked = cleanQuestions.RemoveAll(question => BareContinuation().IsMatch(question)) > 0;
        if (BareContinuation().IsMatch(name))
        {
            return new TopicCell("", isPrecondition, cleanQuestions, true);
        }

        if (NameThenContinuation().Match(name) is { Success: true } before)
        {
            return new TopicCell(Clean(before.Groups["name"].Value), isPrecondition, cleanQuestions, true);
        }

        if (ContinuationThenName().Match(name) is { Success: true } after)
        {
            return new TopicCell(Clean(after.Groups["name"].Value), isPrecondition, cleanQuestions, true);
        }

        return new TopicCell(name, isPrecondition, cleanQuestions, isMarked);
    }

    private static void Collect(INodeList nodes, List<string> nameParts, List<string> questions)
    {
        foreach (var child in nodes)
        {
            if (child is IElement { LocalName: "i" or "em" } italic)
            {
                questions.Add(italic.TextContent);
            }
            else if (child is IText text)
            {
                nameParts.Add(text.Data);
            }
            else if (child is IElement { LocalName: "br" })
            {
                nameParts.Add("\n");
            }
            else
            {
                Collect(child.ChildNodes, nameParts, questions);
            }
        }
    }

    private static string Clean(string text) => MarkdownText.NormalizeWhitespace(SuperscriptNotation.ToPlain(text));

    // "<i>Regiomanagement,</i> <i>Wijkmanagement</i>": the comma separates two questions and is not part of one.
    private static string CleanQuestion(string text) => Clean(text).TrimEnd(',', ';').TrimEnd();
}
