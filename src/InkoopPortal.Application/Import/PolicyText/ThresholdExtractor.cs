using System.Globalization;
using System.Text.RegularExpressions;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.PolicyText;

/// <summary>The thresholds read from one condition and how they combine.</summary>
public sealed record ThresholdReading(ThresholdLogic Logic, IReadOnlyList<ParsedThreshold> Thresholds);

/// <summary>
/// Reads measurable thresholds from a Dutch condition: "minimaal € 100.000" zorgomzet, "minimaal 25% marktaandeel",
/// "minimaal twee jaar volwaardig in bedrijf", "minimaal 1,2 fte", "ASA-classificatie van 2 of lager",
/// "binnen twee jaar HKZ gecertificeerd", "minimaal 100.000 inwoners", "mandaat van 80% van de huisartsen",
/// "minimaal 85% huisartsen én inwoners", "maximaal 12 uur". Thresholds joined by "of" are alternatives
/// (<see cref="ThresholdLogic.AnyOf"/>); otherwise all of them apply.
/// </summary>
public static partial class ThresholdExtractor
{
    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["een"] = 1, ["één"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6,
        ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12,
    };

    private static readonly Dictionary<string, string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jaar"] = "jaar", ["jaren"] = "jaar", ["maand"] = "maanden", ["maanden"] = "maanden", ["week"] = "weken",
        ["weken"] = "weken", ["dag"] = "dagen", ["dagen"] = "dagen", ["werkdagen"] = "werkdagen", ["uur"] = "uur",
        ["uren"] = "uur", ["minuten"] = "minuten",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "binnen", "in", "bij", "op", "van", "voor", "als", "is", "zijn", "moet", "moeten", "heeft", "hebben", "de", "het",
        "een", "of", "en", "én", "dat", "die", "met", "per", "tot", "aan", "door", "om", "wordt", "worden", "te", "uit",
    };

    private sealed record Found(int Start, int End, IReadOnlyList<ParsedThreshold> Thresholds);

    public static ThresholdReading Extract(string text)
    {
        var clean = InlineText.Clean(text);
        var matches = Prefixed(clean).Concat(Postfixed(clean)).OrderBy(match => match.Start).ToList();
        var thresholds = matches.SelectMany(match => match.Thresholds).ToList();
        var alternatives = matches.Zip(matches.Skip(1), (first, second) => clean[first.End..Math.Max(first.End, second.Start)])
            .Any(gap => Alternative().IsMatch(gap));
        return new ThresholdReading(alternatives ? ThresholdLogic.AnyOf : ThresholdLogic.AllOf, thresholds);
    }

    private static IEnumerable<Found> Prefixed(string text)
    {
        foreach (Match match in PrefixedQuantity().Matches(text))
        {
            if (ReadPrefixed(text, match) is { } result)
            {
                yield return result;
            }
        }
    }

    private static Found? ReadPrefixed(string text, Match match)
    {
        var op = Content.MarkdownText.NormalizeWhitespace(match.Groups["op"].Value).ToLowerInvariant();
        var number = match.Groups["num"].Value;
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var isMoney = match.Groups["eur"].Success || unit == "euro";
        var isWord = NumberWords.ContainsKey(number);
        var isTime = TimeUnits.ContainsKey(unit);
        if ((isWord && unit.Length == 0 && !isMoney) || (op == "binnen" && !isTime))
        {
            return null;
        }

        var value = ParseNumber(number);
        var comparison = Operator(op);
        var tail = text[(match.Index + match.Length)..];
        string Source(int extra) => text.Substring(match.Index, match.Length + extra).Trim();

        if (isMoney)
        {
            return Single(match, comparison, value, "EUR", MoneyMetric(text[..match.Index]), Source(0));
        }

        if (unit is "%" or "procent")
        {
            var (nouns, consumed) = Nouns(tail);
            var prefix = op == "mandaat van" ? "mandaat " : "";
            var metrics = nouns.Count > 0 ? nouns.Select(noun => prefix + noun).ToList() : [prefix.Length > 0 ? "mandaat" : "percentage"];
            var source = Source(consumed);
            return new Found(match.Index, match.Index + match.Length + consumed,
                metrics.Select(metric => new ParsedThreshold(metric, comparison, value, "%", source)).ToList());
        }

        if (isTime)
        {
            var (metric, consumed) = TimeMetric(tail, op);
            return Single(match, comparison, value, TimeUnits[unit], metric, Source(consumed), consumed);
        }

        if (unit == "fte")
        {
            return Single(match, comparison, value, "fte", "fte", Source(0));
        }

        if (NextWord().Match(tail) is { Success: true } noun && !StopWords.Contains(noun.Groups["word"].Value))
        {
            var word = noun.Groups["word"].Value.ToLowerInvariant();
            return Single(match, comparison, value, word, word, Source(noun.Length), noun.Length);
        }

        return null;
    }

    private static IEnumerable<Found> Postfixed(string text) =>
        PostfixedQuantity().Matches(text).Select(match =>
        {
            var metric = match.Groups["metric"].Value;
            var comparison = match.Groups["dir"].Value.ToLowerInvariant() is "lager" or "minder" ? ComparisonOperator.AtMost : ComparisonOperator.AtLeast;
            var unit = ClassWords().IsMatch(metric) ? "klasse" : "";
            return Single(match, comparison, ParseNumber(match.Groups["num"].Value), unit, metric, match.Value.Trim());
        });

    private static Found Single(Match match, ComparisonOperator comparison, decimal value, string unit, string metric, string source, int extra = 0) =>
        new(match.Index, match.Index + match.Length + extra, [new ParsedThreshold(metric, comparison, value, unit, source)]);

    /// <summary>"25% marktaandeel binnen de ZBC" → marktaandeel; "80% van de huisartsen" → huisartsen; "85% huisartsen én inwoners" → both.</summary>
    private static (List<string> Nouns, int Consumed) Nouns(string tail)
    {
        var phrase = NounPhrase().Match(tail);
        var words = new List<string>();
        var consumed = phrase.Groups["lead"].Length;
        foreach (Capture capture in phrase.Groups["word"].Captures)
        {
            if (StopWords.Contains(capture.Value) && capture.Value is not ("en" or "én"))
            {
                break;
            }

            words.Add(capture.Value);
            consumed = capture.Index + capture.Length;
        }

        if (words.Count > 0 && words[^1] is "en" or "én")
        {
            words.RemoveAt(words.Count - 1);
        }

        var nouns = string.Join(" ", words).Split([" én ", " en "], StringSplitOptions.RemoveEmptyEntries)
            .Select(noun => noun.Trim().ToLowerInvariant()).Where(noun => noun.Length > 0).ToList();
        return (nouns, nouns.Count > 0 ? consumed : 0);
    }

    private static (string Metric, int Consumed) TimeMetric(string tail, string op)
    {
        if (InBusiness().Match(tail) is { Success: true } business)
        {
            return ("jaren in bedrijf", business.Length);
        }

        if (Certified().Match(tail) is { Success: true } certified)
        {
            return ($"termijn {certified.Groups["what"].Value}-certificering", certified.Length);
        }

        return (op == "binnen" ? "termijn" : "duur", 0);
    }

    private static string MoneyMetric(string before)
    {
        var clause = ClauseBoundary().Split(before)[^1];
        return MoneyWords().Matches(clause).LastOrDefault()?.Value.ToLowerInvariant() ?? "bedrag";
    }

    private static ComparisonOperator Operator(string op) => op switch
    {
        "maximaal" or "ten hoogste" or "hoogstens" or "niet meer dan" or "binnen" => ComparisonOperator.AtMost,
        "meer dan" or "langer dan" or "hoger dan" => ComparisonOperator.MoreThan,
        "minder dan" or "korter dan" or "lager dan" => ComparisonOperator.LessThan,
        _ => ComparisonOperator.AtLeast,
    };

    /// <summary>Dutch numbers: "100.000" is 100000, "1,2" is 1.2, "twee" is 2.</summary>
    public static decimal ParseNumber(string number) =>
        NumberWords.TryGetValue(number, out var word)
            ? word
            : decimal.Parse(number.Replace(".", "").Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);

    private const string Number = @"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf";

    [GeneratedRegex(@"\b(?<op>niet\s+minder\s+dan|niet\s+meer\s+dan|ten\s+minste|tenminste|minimaal|minstens|ten\s+hoogste|hoogstens|maximaal|meer\s+dan|langer\s+dan|hoger\s+dan|minder\s+dan|korter\s+dan|lager\s+dan|binnen|mandaat\s+van)\s+(?<eur>€\s*)?(?<num>" + Number + @")\b(?:\s*(?<unit>%|procent\b|fte\b|jaren\b|jaar\b|maanden\b|maand\b|weken\b|week\b|werkdagen\b|dagen\b|dag\b|uren\b|uur\b|minuten\b|euro\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixedQuantity();

    [GeneratedRegex(@"(?<metric>\p{L}[\p{L}\d-]*)\s+van\s+(?<num>" + Number + @")\s+of\s+(?<dir>lager|minder|hoger|meer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostfixedQuantity();

    [GeneratedRegex(@"^(?<lead>\s+(?:(?:van\s+(?:de|het|alle)|vd|v\.d\.|van)\s+)?)(?:(?<word>[\p{L}][\p{L}'-]*)\s*){1,4}")]
    private static partial Regex NounPhrase();

    [GeneratedRegex(@"^\s+(?<word>[\p{L}][\p{L}'-]*)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"^(?:\s+[\p{L}-]+){0,2}\s+in\s+bedrijf\b", RegexOptions.IgnoreCase)]
    private static partial Regex InBusiness();

    [GeneratedRegex(@"^\s+(?<what>\p{Lu}[\p{L}\d-]*)\s+gecertificeerd\b")]
    private static partial Regex Certified();

    [GeneratedRegex(@"\bof\b(?!\s+(?:lager|hoger|meer|minder)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"[.;]\s|,\s*of\s")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\b\w*(?:omzet|budget|bedrag|plafond|kosten|opbrengst)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyWords();

    [GeneratedRegex(@"classificatie|klasse", RegexOptions.IgnoreCase)]
    private static partial Regex ClassWords();
}
