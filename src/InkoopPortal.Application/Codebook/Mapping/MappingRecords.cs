using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>
/// One topic of the codebook as the mapper reads it. <see cref="FiledTexts"/> is text already filed under the topic
/// (the memo's cells, the passages of confirmed assignments): the scorer compares each section with it, so every
/// editor's decision teaches the mapper new wording.
/// </summary>
public sealed record CodebookTopic(
    string Slug,
    string Name,
    string? Description,
    IReadOnlyList<string> GuidingQuestions,
    IReadOnlyList<string> KeyTerms,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> FiledTexts);

/// <summary>
/// One section of a policy text: its own body (not its sub-sections) as Markdown, and the titles of the sections it
/// lies in, outermost first.
/// </summary>
public sealed record SectionText(string? Number, string Title, int Level, string Markdown, IReadOnlyList<string> ParentTitles);

/// <summary>How well a passage fits one topic, 0–100, with the Dutch reasons a reader sees ("kop: duurzaamheid").</summary>
public sealed record TopicScore(string Slug, double Score, IReadOnlyList<string> Reasons);

/// <summary>A section recognised as front or back matter, with the Dutch reason ("kop: inhoudsopgave").</summary>
public sealed record MatterVerdict(SectionRole Role, string Reason);

/// <summary>
/// A passage of a section with its suggested topics, best first, and the slugs assigned automatically (at or above
/// <see cref="TopicScorer.Threshold"/>). Null paragraphs mean the whole section; else the paragraphs
/// <see cref="FirstParagraph"/>..<see cref="LastParagraph"/> as numbered by <see cref="Passages.Paragraphs"/>.
/// </summary>
public sealed record PassageMapping(int? FirstParagraph, int? LastParagraph, IReadOnlyList<TopicScore> Suggestions, IReadOnlyList<string> Assigned);

/// <summary>The mapping of one section: front/back matter (then no passages), or its passages.</summary>
public sealed record SectionMapping(MatterVerdict? Matter, IReadOnlyList<PassageMapping> Passages);
