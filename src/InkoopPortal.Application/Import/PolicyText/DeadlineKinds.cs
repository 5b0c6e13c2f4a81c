using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>
/// The kind of a planning step, by its words. The rules are tried in order; the first that matches wins, so the
/// more specific ones ("publicatie gecontracteerde partijen") come before the general ones ("publicatie ... beleid").
/// </summary>
public static partial class DeadlineKinds
{
    private static readonly (Regex Pattern, DeadlineKind Kind)[] Rules =
    [
        (ContractedProviders(), DeadlineKind.ContractedProvidersPublication),
        (AnswersPublished(), DeadlineKind.Answers),
        (PolicyPublished(), DeadlineKind.PolicyPublication),
        (ApplicationWords(), DeadlineKind.Application),
        (QuestionWords(), DeadlineKind.Questions),
        (SigningWords(), DeadlineKind.Signing),
        (OfferWords(), DeadlineKind.Offer),
        (MeetingWords(), DeadlineKind.Meeting),
    ];

    public static DeadlineKind Classify(string description)
    {
        foreach (var (pattern, kind) in Rules)
        {
            if (pattern.IsMatch(description))
            {
                return kind;
            }
        }

        return DeadlineKind.Other;
    }

    [GeneratedRegex(@"(?<!niet[- ])gecontracteerde\s+(partijen|zorgaanbod|zorgaanbieders|aanbieders)|(publi\w*|informe\w*|zorgzoeker).{0,80}(?<!niet[- ])gecontracteerd|(?<!niet[- ])gecontracteerd.{0,80}(publi\w*|informe\w*|zorgzoeker)", RegexOptions.IgnoreCase)]
    private static partial Regex ContractedProviders();

    [GeneratedRegex(@"\b(nota\s+van\s+inlichtingen|NvI|Nvl)\b.{0,80}\b(publi|volgt|verschijnt|komt\s+uit)|\bpubli\w*.{0,80}\b(nota\s+van\s+inlichtingen|NvI|Nvl)\b|\bbeantwoord", RegexOptions.IgnoreCase)]
    private static partial Regex AnswersPublished();

    [GeneratedRegex(@"publi\w*.{0,80}(inkoopbeleid|zorginkoopbeleid|beleid|inkoopdocument\w*|inkoopkader)|(inkoopbeleid|inkoopdocument\w*|inkoopkader).{0,40}(publi|verschijn)", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyPublished();

    [GeneratedRegex(@"aanvra(ag|gen)|aan\s+te\s+vragen|aanmeld|aan\s+te\s+melden|\bmeld(en|t)\b|verzoek\w*\s+(in\s+te\s+dienen|indienen)|indienen\s+(van\s+)?(een\s+)?verzoek|inschrijv", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationWords();

    [GeneratedRegex(@"\bvragen\w*\b|\bvraag\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWords();

    [GeneratedRegex(@"ondertekening|ondertekenen|contractering\s+afronden|afronden\s+contract|afronding", RegexOptions.IgnoreCase)]
    private static partial Regex SigningWords();

    [GeneratedRegex(@"aanbieden|voorstel|aanbod\s+van|offerte", RegexOptions.IgnoreCase)]
    private static partial Regex OfferWords();

    [GeneratedRegex(@"inkoopgesprek|gesprek|overleg|bijeenkomst|webinar", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWords();
}
