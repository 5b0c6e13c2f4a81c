using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Codebook.Mapping.Evaluation;

/// <summary>A section the mapper got wrong: what the label says and what the mapper said.</summary>
public sealed record EvaluationMiss(string Document, string Section, string Expected, string Got);

/// <summary>
/// The figures of one part of the labelled set. Top-1: the content section is not taken for front or back matter and
/// the first suggestion is one of its label's topics; top-3: one of the first three is. Matter recall: front and back
/// matter recognised as matter (either kind); false matter: content sections the recogniser took for matter.
/// </summary>
public sealed record EvaluationFigures(
    string Part,
    int Documents,
    int Sections,
    int ContentSections,
    int Top1,
    int Top3,
    int MatterSections,
    int MatterRecognised,
    int FalseMatter,
    IReadOnlyList<EvaluationMiss> Misses)
{
    public double Top1Accuracy => Share(Top1, ContentSections);

    public double Top3Accuracy => Share(Top3, ContentSections);

    public double MatterRecall => Share(MatterRecognised, MatterSections);

    private static double Share(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}

public static class MappingEvaluation
{
    /// <summary>The issue's targets on the held-out part, in percent.</summary>
    public const double Top1Target = 85;

    public const double Top3Target = 97;

    public const double MatterTarget = 95;

    /// <summary>
    /// Maps every labelled document with a scorer over its care types' topics (<paramref name="scorerFor"/>) and
    /// counts against the labels.
    /// </summary>
    public static EvaluationFigures Run(string part, IReadOnlyList<LabelledDocument> documents, Func<IReadOnlyList<string>, TopicScorer> scorerFor)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(scorerFor);
        int sections = 0, content = 0, top1 = 0, top3 = 0, matter = 0, recognised = 0, falseMatter = 0;
        var misses = new List<EvaluationMiss>();
        foreach (var document in documents)
        {
            var scorer = scorerFor(document.CareTypes);
            for (var index = 0; index < document.Sections.Count; index++)
            {
                if (document.Labels[index] is not { } label)
                {
                    continue;
                }

                sections++;
                var section = document.Sections[index];
                var verdict = FrontMatterRecognizer.Recognize(section, index, document.Sections.Count);
                if (label.Matter is not null)
                {
                    matter++;
                    if (verdict is not null)
                    {
                        recognised++;
                    }
                    else
                    {
                        misses.Add(new EvaluationMiss(document.Name, section.Title, label.Matter, Describe(scorer.Score(section))));
                    }

                    continue;
                }

                content++;
                if (verdict is not null)
                {
                    falseMatter++;
                    misses.Add(new EvaluationMiss(document.Name, section.Title, string.Join('|', label.Topics!), $"{Matter(verdict.Role)} ({verdict.Reason})"));
                    continue;
                }

                var ranked = scorer.Score(section);
                var acceptable = label.Topics!.ToHashSet(StringComparer.Ordinal);
                var first = ranked.Count > 0 && acceptable.Contains(ranked[0].Slug);
                top1 += first ? 1 : 0;
                top3 += ranked.Take(3).Any(score => acceptable.Contains(score.Slug)) ? 1 : 0;
                if (!first)
                {
                    misses.Add(new EvaluationMiss(document.Name, section.Title, string.Join('|', label.Topics!), Describe(ranked)));
                }
            }
        }

        return new EvaluationFigures(part, documents.Count, sections, content, top1, top3, matter, recognised, falseMatter, misses);
    }

    private static string Matter(SectionRole role) => role == SectionRole.BackMatter ? "back" : "front";

    private static string Describe(IReadOnlyList<TopicScore> ranked) =>
        string.Join(", ", ranked.Take(3).Select(score => $"{score.Slug} {score.Score:0.#} [{string.Join("; ", score.Reasons)}]"));
}
