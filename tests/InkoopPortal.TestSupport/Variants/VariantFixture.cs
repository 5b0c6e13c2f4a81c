using System.Text.Json;
using System.Text.Json.Serialization;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InkoopPortal.TestSupport.Variants;

/// <summary>
/// A whole-file variant under Variants/: <c>name.txt</c> and <c>name.expected.json</c> with what the reader must make
/// of it (title, columns, topics, every cell with its state, outline and footnotes) or the exact refusal. The
/// <c>identity</c> map stands in for the law-aware name matcher (written name → key); <c>purchaser</c> and
/// <c>careTypes</c> say what a database-backed run should resolve to, <c>import</c> how that run imports the file.
/// </summary>
public sealed record VariantFixture(
    string Name,
    string Description,
    bool HeldOut,
    IReadOnlyList<string> CareTypes,
    int Year,
    IReadOnlyDictionary<string, string> Identity,
    VariantExpectation Expected,
    IReadOnlyList<VariantDeviation>? Deviations = null,
    TableImport? Import = null)
{
    public static string Folder => RepositoryPaths.Variants("ComparisonTable");

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UseEmphasisExtras().UseFootnotes().Build();

    public string TextPath => Path.Combine(Folder, Name + ".txt");

    /// <summary>The text as a reader gets it: decoded (the BOM recognised), line endings as written.</summary>
    public string Text => File.ReadAllText(TextPath);

    public static IReadOnlyList<string> Names() => Directory.GetFiles(Folder, "*.expected.json")
        .Select(path => Path.GetFileName(path)[..^".expected.json".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static VariantFixture Load(string name)
    {
        var json = File.ReadAllText(Path.Combine(Folder, name + ".expected.json"));
        var fixture = JsonSerializer.Deserialize<VariantFixture>(json, Options)!;
        return fixture with { Name = name };
    }

    /// <summary>The expected cells, with a recorded deviation of a held-out file in place of what was expected.</summary>
    public IEnumerable<ExpectedCell> ExpectedCells => Expected.Cells!.Select(cell =>
        Deviations?.FirstOrDefault(deviation => deviation.Purchaser == cell.Purchaser && deviation.Topic == cell.Topic)
            is { } deviation
            ? cell with { Outline = deviation.Outline }
            : cell);

    /// <summary>The identity map first, then the reader's default.</summary>
    public string PurchaserIdentity(string name) =>
        Identity.TryGetValue(name, out var key) ? key : ComparisonTableParser.DefaultPurchaserIdentity(name);

    /// <summary>
    /// A cell's Markdown as a reader sees its structure: "p: text" for a paragraph, "depth: text" for a list item
    /// (0 = top level); footnote references as [^n]. Footnote texts are returned apart.
    /// </summary>
    public static (List<string> Outline, List<string> Footnotes) Outline(string markdown)
    {
        var outline = new List<string>();
        var footnotes = new List<string>();
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    outline.Add("p: " + InlineText(paragraph));
                    break;
                case ListBlock list:
                    AddItems(list, 0, outline);
                    break;
                case FootnoteGroup group:
                    footnotes.AddRange(group.OfType<Footnote>().Select(note =>
                        string.Join(" ", note.OfType<ParagraphBlock>().Select(InlineText))));
                    break;
            }
        }

        return (outline, footnotes);
    }

    private static void AddItems(ListBlock list, int depth, List<string> outline)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
            outline.Add($"{depth}: {(paragraph is null ? "" : InlineText(paragraph))}");
            foreach (var nested in item.OfType<ListBlock>())
            {
                AddItems(nested, depth + 1, outline);
            }
        }
    }

    private static string InlineText(ParagraphBlock paragraph) => paragraph.Inline is { } inline ? InlineText(inline) : "";

    private static string InlineText(ContainerInline container) =>
        string.Concat(container.Select(inline => inline switch
        {
            FootnoteLink { IsBackLink: false } link => $"[{link.Footnote.Label}]", // Markdig's label is "^1".
            FootnoteLink => "",
            LiteralInline literal => literal.Content.ToString(),
            ContainerInline nested => InlineText(nested),
            LineBreakInline => " ",
            CodeInline code => code.Content,
            _ => "",
        }));
}

public sealed record VariantExpectation(
    string Outcome,
    string? Title,
    int? Year,
    IReadOnlyList<string>? Groups,
    IReadOnlyList<ExpectedColumn>? Columns,
    IReadOnlyList<ExpectedTopic>? Topics,
    IReadOnlyList<ExpectedCell>? Cells,
    IReadOnlyList<ExpectedProblem>? Problems)
{
    public bool IsRefusal => Outcome == "refused";
}

/// <summary><see cref="Purchaser"/>: the slug a database-backed matcher should resolve the name to.</summary>
public sealed record ExpectedColumn(string Name, int Line, int Column, string Purchaser);

/// <summary>
/// <see cref="Slug"/>: the topic a database run resolves the row to, when it is not <see cref="Key"/> (an existing
/// topic under another name); <see cref="Created"/>: the import makes it (only with <c>createUnknown</c>).
/// </summary>
public sealed record ExpectedTopic(string Key, string Name, IReadOnlyList<string>? Questions, string? Slug = null, bool Created = false)
{
    public string StoredSlug => Slug ?? Key;
}

/// <summary>
/// How a database run imports a table beyond its care types and year: <c>--create-unknown</c>, and <c>--format</c>
/// when detection is not to decide (null: detected, and it must find a comparison table).
/// </summary>
public sealed record TableImport(bool CreateUnknown = false, SourceFormat? Format = null);

public sealed record ExpectedCell(
    string Purchaser,
    string Topic,
    Domain.Documents.StatementStatus Status,
    string? SourceWording,
    int Line,
    int Column,
    IReadOnlyList<string> Outline,
    IReadOnlyList<string> Footnotes);

/// <summary>
/// A held-out file's cell that the reader, unchanged after the first run, reads otherwise than written down before:
/// what it reads instead and why that was kept (see the report of issue 10).
/// </summary>
public sealed record VariantDeviation(string Purchaser, string Topic, IReadOnlyList<string> Outline, string Reason);

/// <summary>A refusal: its line, column and the start of its Dutch message.</summary>
public sealed record ExpectedProblem(int Line, int? Column, string Message);
