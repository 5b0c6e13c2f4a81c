using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// The first cell of a row: the topic name with its guiding questions in italics, e.g.
/// "Regioplan/ regiobeeld &lt;i&gt;Vereiste?&lt;/i&gt;". "(R)" in the name marks a precondition. A cell with no
/// name (empty, or only italics) continues the topic above.
/// </summary>
internal sealed record TopicCell(string Name, bool IsPrecondition, IReadOnlyList<string> GuidingQuestions)
{
    private const string PreconditionMark = "(R)";

    public bool IsContinuation => Name.Length == 0;

    /// <summary>The key a topic is matched on: the slug of its name up to the first "/".</summary>
    public string Key => Slug.From(Name.Split('/')[0]);

    public static TopicCell Read(string html)
    {
        var body = new HtmlParser().ParseDocument(html).Body;
        var nameParts = new List<string>();
        var questions = new List<string>();
        if (body is not null)
        {
            Collect(body, nameParts, questions);
        }

        var name = Clean(string.Join(" ", nameParts));
        var isPrecondition = name.Contains(PreconditionMark, StringComparison.OrdinalIgnoreCase);
        if (isPrecondition)
        {
            name = Clean(name.Replace(PreconditionMark, " ", StringComparison.OrdinalIgnoreCase));
        }

        return new TopicCell(name, isPrecondition, questions.Select(CleanQuestion).Where(q => q.Length > 0).ToList());
    }

    private static void Collect(INode node, List<string> nameParts, List<string> questions)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement { LocalName: "i" or "em" } italic)
            {
                questions.Add(italic.TextContent);
            }
            else if (child is IText text)
            {
                nameParts.Add(text.Data);
            }
            else
            {
                Collect(child, nameParts, questions);
            }
        }
    }

    private static string Clean(string text) => MarkdownText.NormalizeWhitespace(SuperscriptNotation.ToPlain(text));

    // "<i>Regiomanagement,</i> <i>Wijkmanagement</i>": the comma separates two questions and is not part of one.
    private static string CleanQuestion(string text) => Clean(text).TrimEnd(',', ';').TrimEnd();
}
