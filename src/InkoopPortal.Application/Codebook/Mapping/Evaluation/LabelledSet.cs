using System.Text.Json;
using InkoopPortal.Application.Import.PolicyText;

namespace InkoopPortal.Application.Codebook.Mapping.Evaluation;

/// <summary>
/// A <c>name.labels.json</c> file: which topics (every acceptable slug) or which matter ("front"/"back") each section
/// of a policy text is. The text is <see cref="File"/> (relative to the repository root) or <c>name.txt</c>/<c>name.md</c>
/// beside the labels.
/// </summary>
public sealed record LabelFile(string? File, string Purchaser, int Year, List<string> CareTypes, List<SectionLabel> Sections);

public sealed record SectionLabel(string Title, List<string>? Topics, string? Matter);

/// <summary>One labelled policy text: its sections as the mapper reads them, each with its label (null for an empty section).</summary>
public sealed record LabelledDocument(string Name, string Part, IReadOnlyList<string> CareTypes, IReadOnlyList<SectionText> Sections, IReadOnlyList<SectionLabel?> Labels);

public static class LabelledSet
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// Every labelled text in <paramref name="folder"/> (none when it does not exist), as part <paramref name="part"/>.
    /// Fails on a non-empty section without a label, a label whose title the text does not have, an unknown slug or
    /// matter, or a label that names neither.
    /// </summary>
    /// <exception cref="InvalidDataException">With the file and the section.</exception>
    public static IReadOnlyList<LabelledDocument> Load(string folder, string part, string repositoryRoot, IReadOnlySet<string> slugs)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.labels.json").Order(StringComparer.Ordinal)
            .Select(path => LoadFile(path, part, repositoryRoot, slugs)).ToList();
    }

    private static LabelledDocument LoadFile(string labelsPath, string part, string repositoryRoot, IReadOnlySet<string> slugs)
    {
        var name = Path.GetFileName(labelsPath)[..^".labels.json".Length];
        var labels = JsonSerializer.Deserialize<LabelFile>(File.ReadAllText(labelsPath), Options)
                     ?? throw new InvalidDataException($"{labelsPath}: leeg.");
        var textPath = labels.File is not null
            ? Path.Combine(repositoryRoot, labels.File)
            : new[] { ".txt", ".md" }.Select(extension => Path.Combine(Path.GetDirectoryName(labelsPath)!, name + extension)).FirstOrDefault(File.Exists)
              ?? throw new InvalidDataException($"{labelsPath}: geen {name}.txt of {name}.md ernaast.");
        var sections = SectionTexts.From(PolicyTextParser.Parse(File.ReadAllText(textPath)));

        foreach (var label in labels.Sections)
        {
            var problem = label switch
            {
                { Topics: null or [], Matter: null } => "noemt geen onderwerp en geen front/back",
                { Matter: not null and not "front" and not "back" } => $"onbekende matter '{label.Matter}'",
                { Topics: not null } when label.Topics.FirstOrDefault(slug => !slugs.Contains(slug)) is { } unknown => $"onbekend onderwerp '{unknown}'",
                _ when sections.All(section => section.Title != label.Title) => "deze titel heeft de tekst niet",
                _ => null,
            };
            if (problem is not null)
            {
                throw new InvalidDataException($"{labelsPath}: sectie '{label.Title}' {problem}.");
            }
        }

        // Non-empty sections with the same title take the labels with that title in order; a label left over is
        // allowed only for a section without text (labelling one is harmless).
        var queues = labels.Sections.GroupBy(label => label.Title, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new Queue<SectionLabel>(group), StringComparer.Ordinal);
        var assigned = new List<SectionLabel?>();
        foreach (var section in sections)
        {
            if (Passages.Paragraphs(section.Markdown).Count == 0)
            {
                assigned.Add(null);
                continue;
            }

            if (!queues.TryGetValue(section.Title, out var queue) || queue.Count == 0)
            {
                throw new InvalidDataException($"{labelsPath}: sectie '{section.Title}' heeft geen label.");
            }

            assigned.Add(queue.Dequeue());
        }

        var emptyTitles = sections.Where((_, index) => assigned[index] is null).Select(section => section.Title).ToHashSet(StringComparer.Ordinal);
        var left = queues.Values.FirstOrDefault(queue => queue.Count > 0 && !emptyTitles.Contains(queue.Peek().Title));
        if (left is not null)
        {
            throw new InvalidDataException($"{labelsPath}: meer labels met de titel '{left.Peek().Title}' dan secties.");
        }

        return new LabelledDocument(name, part, labels.CareTypes, sections, assigned);
    }
}
