using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// Reads contract conditions: the bullets under a condition heading ("Voorwaarden en kwaliteitseisen voor een
/// contract", "5.1 Minimum- en kwaliteitseisen") and under the headings that follow it and hold only bullets
/// ("Algemeen", "Kwaliteit", "Aanvullend voor ELV") or are condition headings themselves
/// ("Minimum- en kwaliteitseisen – Dialysecentra"). The category is the heading; the provider type is the part
/// after a dash, or X in "Aanvullend voor X" (then also the care type hint). Nested bullets join their parent.
/// </summary>
internal static partial class ConditionExtractor
{
    public static IReadOnlyList<ParsedCondition> Extract(IReadOnlyList<SectionNode> sections, ISet<int> consumed)
    {
        var conditions = new List<ParsedCondition>();
        for (var index = 0; index < sections.Count; index++)
        {
            if (consumed.Contains(index) || !IsConditionHeading(sections[index]))
            {
                continue;
            }

            foreach (var member in Group(sections, index))
            {
                consumed.Add(member);
                conditions.AddRange(Read(sections[member]));
            }
        }

        return conditions;
    }

    private static bool IsConditionHeading(SectionNode section) => ConditionHeading().IsMatch(section.Title);

    private static IEnumerable<int> Group(IReadOnlyList<SectionNode> sections, int start)
    {
        yield return start;
        for (var next = start + 1; next < sections.Count && sections[next].Level >= sections[start].Level; next++)
        {
            if (!IsConditionHeading(sections[next]) && !HoldsOnlyBullets(sections[next]))
            {
                yield break;
            }

            yield return next;
        }
    }

    private static bool HoldsOnlyBullets(SectionNode section) =>
        section.ListItems.Any() && section.Blocks.All(block => block is ListItemBlock or FootnoteBlock);

    private static IEnumerable<ParsedCondition> Read(SectionNode section)
    {
        var (providerType, careTypeHint) = ProviderType(section.Title);
        foreach (var (item, children) in ListItems.TopLevel(section))
        {
            var text = string.Join(" ", [InlineText.Clean(item.Text), .. children.Select(child => InlineText.Clean(child.Text))]).TrimEnd(';', ',', ' ');
            var thresholds = ThresholdExtractor.Extract(text);
            yield return new ParsedCondition(section.Title, providerType, careTypeHint, Kind(text), text, thresholds.Logic, thresholds.Thresholds, item.Line);
        }
    }

    public static ConditionKind Kind(string text) => Exclusion().IsMatch(text) ? ConditionKind.Exclusion : ConditionKind.Requirement;

    private static (string? ProviderType, string? CareTypeHint) ProviderType(string title)
    {
        if (AfterDash().Match(title) is { Success: true } dash)
        {
            return (dash.Groups["provider"].Value.Trim(), null);
        }

        if (Additional().Match(title) is { Success: true } additional)
        {
            var provider = additional.Groups["provider"].Value.Trim();
            return (provider, provider);
        }

        return (null, null);
    }

    [GeneratedRegex(@"minimum-?\s*en\s+kwaliteitseisen|kwaliteitseisen|kwaliteitscriteria|minimumeisen|voorwaarden\s+(en|voor)\b|contract(eer)?voorwaarden|uitsluitingsgronden|^aanvullend(e)?\s+(eisen\s+)?voor\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionHeading();

    [GeneratedRegex(@"\s[–—-]\s+(?<provider>\S.*)$")]
    private static partial Regex AfterDash();

    [GeneratedRegex(@"^aanvullend(e)?\s+(eisen\s+)?voor\s+(?<provider>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Additional();

    [GeneratedRegex(@"uitgesloten\s+van\s+contractering|uitsluitingsgrond|niet\s+onder\s+verscherpt\s+toezicht|niet\s+als\s+frauderende|\bgeen\b.{0,80}\bfraude|(worden|wordt)\s+niet\s+gecontracteerd|sanctieregeling", RegexOptions.IgnoreCase)]
    private static partial Regex Exclusion();
}
