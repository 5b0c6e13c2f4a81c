using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>
/// A comparison memo read from its text form: topics (rows) against purchasers (columns), plus the table of
/// links to each purchaser's own document. Purchaser names are as written; resolving them is the importer's job.
/// </summary>
public sealed record ParsedComparisonTable(
    string Title,
    int? Year,
    string? IntroductionMarkdown,
    IReadOnlyList<ParsedDocumentLink> DocumentLinks,
    IReadOnlyList<ParsedTopicGroup> Groups,
    IReadOnlyList<ParsedTopic> Topics,
    IReadOnlyList<ParsedColumn> Columns,
    IReadOnlyList<ParsedCell> Cells);

/// <summary>A row of the link table: a purchaser and the address of its policy document.</summary>
public sealed record ParsedDocumentLink(string PurchaserName, string Url, int Line);

/// <summary>A heading above a table, e.g. "N.a.v bouwstenen voor regionale samenwerking".</summary>
public sealed record ParsedTopicGroup(string Key, string Name, int Line);

/// <summary>
/// A topic row. <see cref="Key"/> is the slug the row is matched on across tables and years: the slug of the name
/// up to the first "/" ("Regioplan/ regiobeeld" and "Regioplan / regiobeeld" are both <c>regioplan</c>).
/// </summary>
public sealed record ParsedTopic(
    string Key,
    string Name,
    string? GroupKey,
    bool IsPrecondition,
    IReadOnlyList<string> GuidingQuestions,
    int Line);

/// <summary>A purchaser column header as written ("Z&amp;Z", "Zilverenkruis") and where it was first seen.</summary>
public sealed record ParsedColumn(string PurchaserName, int Line, int Column);

/// <summary>
/// One cell after continuation rows are merged. <see cref="Markdown"/> holds the content as Markdown: nested
/// bullet lists, *italic*, ^superscript^, and footnotes as [^n] with their definitions at the end.
/// Empty for the statuses that have no content; <see cref="SourceWording"/> then keeps the words the source used
/// ("Geen beleid opgenomen"), if any.
/// </summary>
public sealed record ParsedCell(
    string PurchaserName,
    string TopicKey,
    StatementStatus Status,
    string Markdown,
    int Line,
    int Column,
    string? SourceWording = null);
