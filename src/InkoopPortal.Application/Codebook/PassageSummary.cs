using System.Text.RegularExpressions;

namespace InkoopPortal.Application.Codebook;

/// <summary>
/// The short summary a statement built from passages starts with: of each passage its first sentences (or its first
/// list items), up to about <see cref="SentenceBudget"/> characters, one bullet per passage. The cell detail shows the
/// passages in full; an editor may rewrite the summary.
/// </summary>
public static partial class PassageSummary
{
    private const int SentenceBudget = 320;

    public static string Write(IReadOnlyList<string> passages)
    {
        var leads = passages.Select(Lead).Where(lead => lead.Length > 0).ToList();
        return leads.Count == 1 ? leads[0] : string.Join("\n", leads.Select(lead => $"- {lead}"));
    }

    /// <summary>The passage's opening sentences, as plain-ish Markdown on one line.</summary>
    public static string Lead(string markdown)
    {
        var text = Whitespace().Replace(ListMarker().Replace(Heading().Replace(markdown, ""), " "), " ").Trim();
        if (text.Length <= SentenceBudget)
        {
            return text;
        }

        var lead = "";
        foreach (Match sentence in Sentence().Matches(text))
        {
            if (lead.Length > 0 && lead.Length + sentence.Length > SentenceBudget)
            {
                break;
            }

            lead += sentence.Value;
        }

        lead = lead.Trim();
        return lead.Length == 0 || lead.Length > SentenceBudget ? text[..SentenceBudget].TrimEnd() + " …" : lead + (lead.Length < text.Length ? " …" : "");
    }

    [GeneratedRegex(@"^#+\s.*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-*•–]|\d+[.)])\s+", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A sentence ends at . ! ? followed by a space and a capital or digit; "o.a. de" and "art. 13" stay inside.
    [GeneratedRegex(@".+?(?:[.!?](?=\s+[\p{Lu}\d])|$)\s*", RegexOptions.Singleline)]
    private static partial Regex Sentence();
}
