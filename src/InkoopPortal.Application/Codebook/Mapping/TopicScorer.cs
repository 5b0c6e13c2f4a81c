using System.Globalization;
using InkoopPortal.Application.Search;

namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>
/// Scores a passage of a policy text against the topics of a codebook, transparently: the topic's name, aliases and
/// key terms (Dutch stems, compounds included) in the section's heading count most, in the headings above it less,
/// in the body by how often they occur; to that adds the TF-IDF cosine similarity of the passage to the topic's
/// definition (name, description, guiding questions, terms) and to the text already filed under it. The parts add up
/// to points that saturate into a score of 0–100. Deterministic; only the topics given are scored; the order of the
/// topics and of other sections does not matter (the IDF is taken over the topics, not over the document).
/// </summary>
public sealed class TopicScorer
{
    /// <summary>A passage is assigned automatically to a topic scoring at least this.</summary>
    public const double Threshold = 40;

    /// <summary>Besides the best topic, those scoring at least this share of the best are assigned too.</summary>
    public const double CloseToBest = 0.85;

    private const double HeadingPoints = 50;
    private const double ExtraHeadingWordPoints = 8;
    private const double ParentHeadingPoints = 12;
    private const double BodyTermPoints = 5;
    private const double MaximumBodyPoints = 36;
    private const double SimilarityPoints = 110;
    private const double MaximumSimilarityPoints = 45;

    /// <summary>The points at which the score reaches 1 - 1/e of 100: the scale of the saturation.</summary>
    private const double PointScale = 45;

    private const double ReportedSimilarity = 0.05;

    /// <summary>
    /// A heading that names a topic by one word only while the body has none of the topic's terms keeps this share of
    /// the heading points: a single word can be another sense ("Belangrijke data" are dates, "handen aan het bed" is
    /// staff), so the body decides.
    /// </summary>
    private const double UnsupportedHeadingWordShare = 0.4;

    /// <summary>
    /// A heading that names a topic while the body speaks far more of a topic the heading does not name (its terms and
    /// similarity give less than this share of the other's points) keeps <see cref="OutweighedHeadingWordShare"/> of the
    /// heading points: "Wat het kost" over NZa tariffs, indexation and advance payments is about tariffs, not costs;
    /// "Snel de juiste hulp" over waiting times and capacity is about access.
    /// </summary>
    private const double OutweighedBodyShare = 0.5;

    private const double OutweighedHeadingWordShare = 0.6;

    /// <summary>A body shorter than this many words cannot contradict its heading.</summary>
    private const int BodyWordsToJudgeHeading = 20;

    /// <summary>
    /// A topic named only in a heading's modifier ("in de regio" in "Meerjarenovereenkomsten in de regio") while another
    /// topic is named in its head keeps this share of the heading points: the head noun says what the section is about.
    /// </summary>
    private const double ModifierShare = 0.6;

    /// <summary>The share of the parent-heading points when the own heading has words of its own that name no topic.</summary>
    private const double VagueHeadingParentShare = 0.5;

    /// <summary>Similarity to a topic's definition or filed text from which the body counts as supporting its heading.</summary>
    private const double SupportingSimilarity = 0.08;

    /// <summary>Prepositions that open a modifier after a Dutch heading's head noun.</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "voor", "bij", "van", "met", "op", "binnen", "rond", "rondom", "naar", "tijdens", "per", "vanuit",
    };

    /// <summary>
    /// Heading words that say nothing of a subject: a heading made only of these (and care-type names) is uninformative,
    /// and only then do the headings above it count ("Aanvullend voor ELV", "Algemeen", "Overige afspraken").
    /// </summary>
    private static readonly HashSet<string> UninformativeWords = new(StringComparer.Ordinal)
    {
        "algemeen", "algemene", "aanvullend", "aanvullende", "overig", "overige", "toelichting", "specifiek", "specifieke",
        "uitwerking", "nadere", "details", "afspraken", "aandachtspunten", "punten", "onderdelen", "bijzonderheden",
        "elv", "grz", "gzsp", "msz", "ggz", "wlz", "zvw", "basis", "gespecialiseerde", "zorg", "zorgsoort", "deel", "a", "b", "c",
    };

    private readonly TopicModel[] _topics;
    private readonly TfIdf _tfIdf;

    public TopicScorer(IReadOnlyList<CodebookTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var ordered = topics.OrderBy(topic => topic.Slug, StringComparer.Ordinal).ToList();
        _tfIdf = new TfIdf(ordered.Select(topic => StemmedWords.Of(DefinitionText(topic) + "\n" + string.Join('\n', topic.FiledTexts))));
        _topics = ordered.Select(topic => new TopicModel(
                topic,
                Terms(topic),
                _tfIdf.Vector(StemmedWords.Of(DefinitionText(topic))),
                _tfIdf.Vector(StemmedWords.Of(string.Join('\n', topic.FiledTexts)))))
            .ToArray();
    }

    /// <summary>The topics this scorer scores, by slug.</summary>
    public IReadOnlyList<CodebookTopic> Topics => _topics.Select(topic => topic.Topic).ToList();

    /// <summary>Every topic's score for the section (its heading, the headings above it and its body), best first.</summary>
    public IReadOnlyList<TopicScore> Score(SectionText section) => Score(section, section.Markdown);

    /// <summary>Every topic's score for a passage of the section (read under the section's headings), best first.</summary>
    public IReadOnlyList<TopicScore> Score(SectionText section, string passageMarkdown)
    {
        ArgumentNullException.ThrowIfNull(section);
        var heading = StemmedWords.Of(section.Title, keepStopWords: true);
        var body = StemmedWords.Of(passageMarkdown ?? string.Empty, keepStopWords: true);
        var passageVector = _tfIdf.Vector(heading.Concat(body).Where(word => !DutchText.IsStopWord(word.Word)).ToList());
        var headingHits = HeadingHits(heading);

        // The headings above count only when the section's own heading names no topic: fully when it says nothing of a
        // subject ("Algemeen", "Aanvullend voor ELV"), half when it says something no topic's terms name ("Zo gaat het").
        var parents = headingHits.Count == 0 ? section.ParentTitles.Select(title => StemmedWords.Of(title, keepStopWords: true)).ToList() : [];
        var parentPoints = IsUninformative(heading) ? ParentHeadingPoints : ParentHeadingPoints * VagueHeadingParentShare;
        var judgeHeading = body.Count(word => !DutchText.IsStopWord(word.Word)) >= BodyWordsToJudgeHeading;

        // Similarity counts only by how much it beats the mean over all topics: a vague passage resembles every
        // definition a little (the broad ones most), and that common floor says nothing about which topic it is.
        var floors = new SimilarityFloors(
            _topics.Length == 0 ? 0 : _topics.Average(topic => TfIdf.Cosine(passageVector, topic.DefinitionVector)),
            _topics.Length == 0 ? 0 : _topics.Average(topic => TfIdf.Cosine(passageVector, topic.FiledVector)));
        var evidence = _topics.Select(topic => BodyEvidence.Of(topic, body, passageVector, floors)).ToList();

        // The strongest body among the topics the heading does not name: a topic named in the heading's modifier
        // already competes with its head by the modifier rule.
        var strongestBody = evidence.Where((_, index) => !headingHits.ContainsKey(_topics[index].Topic.Slug)).Select(topic => topic.Points).DefaultIfEmpty(0).Max();
        return _topics.Select((topic, index) => ScoreTopic(topic, headingHits.GetValueOrDefault(topic.Topic.Slug), parents, parentPoints, evidence[index], strongestBody, judgeHeading))
            .OrderByDescending(score => score.Score)
            .ThenBy(score => score.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per topic the terms found in the heading and the longest match (in words). A match that lies inside a longer
    /// match of another topic's term does not count: "minimum- en kwaliteitseisen" names the minimum requirements,
    /// not quality; nor does a compound-part match on a word another topic's term matches exactly.
    /// </summary>
    private Dictionary<string, HeadingHit> HeadingHits(List<StemmedWord> heading)
    {
        var matches = _topics.SelectMany(topic => topic.Terms.SelectMany(term => term.Occurrences(heading)
                .Select(start => (Topic: topic.Topic.Slug, Term: term.Text, Start: start, Length: term.Stems.Length, Exact: term.IsExactAt(heading, start)))))
            .ToList();

        // Of two matches on the same words, the exact one beats a compound part: "contractering" names the process,
        // not the "contract" it starts with.
        static bool Dominates((string Topic, string Term, int Start, int Length, bool Exact) other, (string Topic, string Term, int Start, int Length, bool Exact) match) =>
            other.Length > match.Length || other.Length == match.Length && other.Exact && !match.Exact;
        var kept = matches.Where(match => !matches.Any(other => other.Topic != match.Topic && Dominates(other, match) &&
                                                                other.Start <= match.Start && other.Start + other.Length >= match.Start + match.Length))
            .ToList();

        // The head of a heading is what comes before its first preposition; a topic named only after it, while
        // another is named before it, is named in a modifier.
        var preposition = heading.FindIndex(word => Prepositions.Contains(word.Word));
        bool InHead(int start) => preposition < 0 || start < preposition;
        var headTopics = kept.Where(match => InHead(match.Start)).Select(match => match.Topic).ToHashSet(StringComparer.Ordinal);
        return kept.GroupBy(match => match.Topic, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => new HeadingHit(
                    group.Select(match => match.Term).Distinct(StringComparer.Ordinal).ToList(),
                    group.Max(match => match.Length),
                    !headTopics.Contains(group.Key) && headTopics.Count > 0),
                StringComparer.Ordinal);
    }

    private static bool IsUninformative(List<StemmedWord> heading) =>
        heading.All(word => DutchText.IsStopWord(word.Word) || UninformativeWords.Contains(word.Word) || word.Word.All(char.IsAsciiDigit));

    /// <summary>The slugs assigned automatically from a ranking: those at or above the threshold and close to the best.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<TopicScore> ranked)
    {
        if (ranked.Count == 0 || ranked[0].Score < Threshold)
        {
            return [];
        }

        var floor = Math.Max(Threshold, ranked[0].Score * CloseToBest);
        return ranked.Where(score => score.Score >= floor).Select(score => score.Slug).ToList();
    }

    private static TopicScore ScoreTopic(
        TopicModel topic,
        HeadingHit? inHeading,
        List<List<StemmedWord>> parents,
        double parentPoints,
        BodyEvidence body,
        double strongestBody,
        bool judgeHeading)
    {
        var reasons = new List<string>();
        var points = 0.0;
        if (inHeading is not null)
        {
            // A longer phrase is more specific: "zorg op de juiste plek" says more than "zorg".
            var headingPoints = HeadingPoints + ExtraHeadingWordPoints * Math.Min(2, inHeading.LongestWords - 1);
            var qualifiers = new List<string>();
            var bodySupports = body.Terms.Count > 0 || Math.Max(body.ToDefinition, body.ToFiled) >= SupportingSimilarity;
            if (inHeading.LongestWords == 1 && !bodySupports && judgeHeading)
            {
                headingPoints *= UnsupportedHeadingWordShare;
                qualifiers.Add("niet gesteund door de tekst");
            }
            else if (judgeHeading && body.Points < OutweighedBodyShare * strongestBody)
            {
                headingPoints *= OutweighedHeadingWordShare;
                qualifiers.Add("de tekst gaat vooral over een ander onderwerp");
            }

            if (inHeading.OnlyInModifier)
            {
                headingPoints *= ModifierShare;
                qualifiers.Add("bijzin");
            }

            points += headingPoints;
            reasons.Add("kop: " + string.Join(", ", inHeading.Terms) + (qualifiers.Count > 0 ? $" ({string.Join(", ", qualifiers)})" : string.Empty));
        }

        var inParents = topic.Terms.Where(term => parents.Any(parent => term.Occurrences(parent).Any())).Select(term => term.Text).ToList();
        if (inParents.Count > 0)
        {
            points += parentPoints;
            reasons.Add("bovenliggende kop: " + string.Join(", ", inParents));
        }

        points += body.Points;
        if (body.Terms.Count > 0)
        {
            reasons.Add("tekst: " + string.Join(", ", body.Terms.Take(5).Select(hit => hit.Text)));
        }

        if (body.ToDefinition >= ReportedSimilarity)
        {
            reasons.Add($"lijkt op de omschrijving ({Dutch(body.ToDefinition)})");
        }

        if (body.ToFiled >= ReportedSimilarity)
        {
            reasons.Add($"lijkt op eerder ingedeelde tekst ({Dutch(body.ToFiled)})");
        }

        var score = Math.Round(100 * (1 - Math.Exp(-points / PointScale)), 1);
        return new TopicScore(topic.Topic.Slug, score, reasons);
    }

    /// <summary>
    /// What a passage's body says for one topic, its headings left aside: the topic's terms in it (most frequent first),
    /// its similarity to the topic's definition and filed text, and the points these give.
    /// </summary>
    private sealed record BodyEvidence(List<(string Text, int Count)> Terms, double ToDefinition, double ToFiled, double Points)
    {
        public static BodyEvidence Of(TopicModel topic, List<StemmedWord> body, Dictionary<string, double> passageVector, SimilarityFloors floors)
        {
            var terms = topic.Terms.Select(term => (term.Text, Count: term.Occurrences(body).Count())).Where(hit => hit.Count > 0)
                .OrderByDescending(hit => hit.Count).ThenBy(hit => hit.Text, StringComparer.Ordinal).ToList();
            var toDefinition = TfIdf.Cosine(passageVector, topic.DefinitionVector);
            var toFiled = TfIdf.Cosine(passageVector, topic.FiledVector);

            // Similarity counts only by how much it beats the mean over all topics (see Score).
            var distinctive = Math.Max(Math.Max(0, toDefinition - floors.Definition), Math.Max(0, toFiled - floors.Filed));
            var points = (terms.Count > 0 ? Math.Min(MaximumBodyPoints, terms.Sum(hit => BodyTermPoints * (1 + Math.Log(hit.Count)))) : 0) +
                         Math.Min(MaximumSimilarityPoints, SimilarityPoints * distinctive);
            return new BodyEvidence(terms, toDefinition, toFiled, points);
        }
    }

    private static string Dutch(double value) => value.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL"));

    private static string DefinitionText(CodebookTopic topic) =>
        string.Join('\n', new[] { topic.Name, topic.Description ?? string.Empty }
            .Concat(topic.GuidingQuestions).Concat(topic.KeyTerms).Concat(topic.Aliases));

    /// <summary>The name, aliases and key terms, each once (by their stems).</summary>
    private static List<StemmedTerm> Terms(CodebookTopic topic) =>
        new[] { topic.Name }.Concat(topic.Aliases).Concat(topic.KeyTerms)
            .Select(StemmedTerm.From)
            .OfType<StemmedTerm>()
            .DistinctBy(term => string.Join(' ', term.Stems), StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Terms of one topic in a heading, the longest match in words, and whether the topic is named only in the
    /// heading's modifier while another topic is named in its head.
    /// </summary>
    private sealed record HeadingHit(List<string> Terms, int LongestWords, bool OnlyInModifier);

    /// <summary>The mean similarity of a passage to all topics' definitions and to all topics' filed texts.</summary>
    private sealed record SimilarityFloors(double Definition, double Filed);

    private sealed record TopicModel(
        CodebookTopic Topic,
        List<StemmedTerm> Terms,
        Dictionary<string, double> DefinitionVector,
        Dictionary<string, double> FiledVector);
}
