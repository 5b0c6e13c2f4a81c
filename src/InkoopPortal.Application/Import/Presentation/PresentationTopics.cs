using System.Text.RegularExpressions;
using InkoopPortal.Application.Import.PolicyText;

namespace InkoopPortal.Application.Import.Presentation;

/// <summary>
/// Which Wlz matrix topic a slide speaks about. Each rule is tried on the slide heading and on the paragraph the
/// slide opens with ("Hoofddoelstellingen:"); the first rule that matches wins. A "sector" group in the pattern
/// narrows the topic to that sector. Change the table to change the mapping; slides no rule matches stay in the
/// sections only.
/// </summary>
internal static class PresentationTopics
{
    private sealed record TopicRule(Regex Pattern, string TopicName)
    {
        public TopicRule(string pattern, string topicName)
            : this(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant), topicName)
        {
        }
    }

    private static readonly TopicRule[] Rules =
    [
        new(@"^(?:binnen|bij|in)\s+(?:de\s+)?(?<sector>V&V|VV|GZ|GGZ)\b", "Inkoopdoelen"),
        new(@"landelijke\s+visie|hoofddoelstelling|^visie\b", "Inkoopdoelen"),
        new(@"maatwerkafspraken|^bewezen\s+innovaties|^bewezen\b.*zorgtechnologie|^nieuwe\s+innovaties\s+\(", "Maatwerkafspraken"),
        new(@"inkoop\W*systematiek|^regiofocus|^van\s+inspanning\s+naar\s+resultaat|^financi\w+\s+middelen", "Kernelementen"),
        new(@"tarie[fv]|kostenpercentage|bekostiging", "Bekostiging"),
    ];

    private static readonly Regex SlideNumber = new(@"^\s*(?:dia|slide|sheet)\s*\d{1,3}\s*[–—:.-]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, string> SectorCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["V&V"] = "VV",
    };

    /// <summary>The topic and sector of a slide, or null when no rule matches.</summary>
    public static (string TopicName, string? CareTypeHint)? Match(SectionNode slide)
    {
        // "Dia 4 – In de VV": the slide number is not part of what the slide is about.
        var target = SlideNumber.Replace(slide.Title, "") + "\n" + slide.Lead;
        foreach (var rule in Rules)
        {
            if (rule.Pattern.Match(target) is { Success: true } match)
            {
                var sector = match.Groups["sector"];
                return (rule.TopicName, sector.Success ? SectorCodes.GetValueOrDefault(sector.Value, sector.Value.ToUpperInvariant()) : null);
            }
        }

        return null;
    }
}
