using System.Text.RegularExpressions;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>The real source documents, read once per test run.</summary>
internal static partial class PolicySources
{
    public const string AsrFile = "asr-inkoopbeleid-2023-2024-elv-grz-gzsp.txt";
    public const string ZorgEnZekerheidFile = "zorg-en-zekerheid-zorginkoopbeleid-2024-msz.txt";
    public const string WlzPresentationFile = "zorg-en-zekerheid-presentatie-zorginkoop-wlz-2024-2026.txt";

    private static readonly Lazy<ParsedPolicyText> LazyAsr = new(() => PolicyTextParser.Parse(Text(AsrFile)));
    private static readonly Lazy<ParsedPolicyText> LazyZorgEnZekerheid = new(() => PolicyTextParser.Parse(Text(ZorgEnZekerheidFile)));
    private static readonly Lazy<ParsedPolicyText> LazyWlzPresentation = new(() => PresentationParser.Parse(Text(WlzPresentationFile)));

    public static ParsedPolicyText Asr => LazyAsr.Value;

    public static ParsedPolicyText ZorgEnZekerheid => LazyZorgEnZekerheid.Value;

    public static ParsedPolicyText WlzPresentation => LazyWlzPresentation.Value;

    public static string Text(string fileName) => File.ReadAllText(RepositoryPaths.Source(fileName));

    /// <summary>
    /// The words of the source (markup such as HTML tags and link targets left out) that appear in no section title
    /// or section Markdown, with the line they are on.
    /// </summary>
    public static IReadOnlyList<string> WordsMissingFromSections(string source, ParsedPolicyText parsed)
    {
        var kept = parsed.Sections.SelectMany(section => Words(section.Title + " " + (section.Number ?? "") + " " + section.Markdown))
            .Append(parsed.Title)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return source.Replace("\r\n", "\n").Split('\n')
            .Select((line, index) => (Line: index + 1, Words: Words(Markup().Replace(line, " "))))
            .SelectMany(line => line.Words.Where(word => !kept.Contains(word)).Select(word => $"regel {line.Line}: {word}"))
            .ToList();
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(match => match.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>HTML tags and Markdown link targets: markup, not words of the text.</summary>
    [GeneratedRegex(@"<[^>]+>|\]\([^)]*\)")]
    private static partial Regex Markup();
}
