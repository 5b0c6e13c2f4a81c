using FuzzySharp;
using FuzzySharp.PreProcess;

namespace InkoopPortal.Application.Import.Names;

/// <summary>Where a name of an entry comes from; decides the match kind it gives.</summary>
internal enum NameSource
{
    /// <summary>The entry's own name or slug.</summary>
    Own,

    Alias,

    /// <summary>A brand the purchaser sells under ("Ditzo").</summary>
    Label,

    /// <summary>A name of the care office's concern or of that concern's health insurer ("Zilveren Kruis" for Zorgkantoor Achmea).</summary>
    Concern,
}

/// <summary>One name an entry is known by; <see cref="Owner"/> says whose name it is when it is not the entry's own.</summary>
internal sealed record EntryName(string Text, NameSource Source, string? Owner = null);

/// <summary>A purchaser or topic a written name can resolve to.</summary>
internal sealed record NameEntry(string Slug, string Name, IReadOnlyList<EntryName> Names);

/// <summary>"inkoper", "inkopers", "de juiste inkoper" (or the topic's words), for the Dutch messages.</summary>
internal sealed record NameNouns(string One, string Many, string TheRightOne);

/// <summary>
/// Resolves written names against one context's entries (the purchasers of one law, or the topics of some care
/// types), in tiers from the surest: exact (name or slug by <see cref="NameKey"/>), alias or label, normalized
/// (<see cref="NameForms"/>: qualifiers and generic words left out), a name of the concern (care offices), the "/"
/// alternatives of the name, a name of the other law (a conflict, see <c>otherLaw</c>), and last a similarity score.
/// The first tier that finds anything decides; two different entries found in one tier make a conflict, never a
/// guess. Results are cached per written name, so a table of thousands of rows scores each distinct name once.
/// </summary>
/// <remarks>
/// Thresholds (measured in docs/decisions/ADR-019-name-resolution.md): a score of at least
/// <see cref="SimilarThreshold"/> to exactly one entry matches it; from <see cref="SuggestionThreshold"/> the name
/// stays new with a suggestion ("Bedoelt u ...?"), which refuses creating it. Names shorter than
/// <see cref="MinimumFuzzyLength"/> letters never match by score (CZ, VGZ, DSW, ENO are one or two letters apart):
/// they only get a suggestion at one edit's distance. Names whose digits differ are never similar.
/// </remarks>
internal sealed class NameMatcher
{
    /// <summary>One typo in a name of ten letters or more ("Zilverkruis" 92, "Samenwerkingsafspraak" 93); not "Mentis" for Menzis (83).</summary>
    public const int SimilarThreshold = 90;

    /// <summary>One letter off in a name of six ("Mentis" 83, "Caresk" 83), an extra word ("Automatisering en ICT" 85).</summary>
    public const int SuggestionThreshold = 75;

    public const int MinimumFuzzyLength = 5;

    private readonly NameNouns _nouns;
    private readonly GenericWords _generic;
    private readonly GenericWords _concernGeneric;
    private readonly Func<string, NameMatch?>? _otherLaw;
    private readonly Dictionary<string, List<Hit>> _own = [];
    private readonly Dictionary<string, List<Hit>> _aliases = [];
    private readonly Dictionary<string, List<Hit>> _normalized = [];
    private readonly Dictionary<string, List<Hit>> _concern = [];
    private readonly List<(NameEntry Entry, NormalizedName Form)> _scored = [];
    private readonly Dictionary<string, NameMatch> _cache = new(StringComparer.Ordinal);

    /// <param name="generic">The generic words of the entries' own names and of written names.</param>
    /// <param name="concernGeneric">The generic words of the <see cref="NameSource.Concern"/> names (the insurers').</param>
    /// <param name="otherLaw">A conflict when the name is one of the other law's (a health insurer in a Wlz table), else null.</param>
    public NameMatcher(
        IEnumerable<NameEntry> entries, NameNouns nouns, GenericWords generic, GenericWords? concernGeneric = null,
        Func<string, NameMatch?>? otherLaw = null)
    {
        _nouns = nouns;
        _generic = generic;
        _concernGeneric = concernGeneric ?? generic;
        _otherLaw = otherLaw;
        foreach (var entry in entries)
        {
            Index(entry);
        }
    }

    public NameMatch Match(string written)
    {
        if (!_cache.TryGetValue(written, out var match))
        {
            match = Resolve(written, withScore: true);
            _cache[written] = match;
        }

        return match;
    }

    /// <summary>The tiers without the similarity score: a match, a conflict, or null.</summary>
    public NameMatch? MatchWithoutScore(string written)
    {
        var match = Resolve(written, withScore: false);
        return match.Kind == NameMatchKind.New ? null : match;
    }

    private NameMatch Resolve(string written, bool withScore)
    {
        if (NameKey.From(written).Length == 0)
        {
            return NameMatch.Conflicting($"'{written}' bevat geen letters of cijfers en kan geen {_nouns.One} zijn.");
        }

        var alternatives = NameForms.Alternatives(written);
        var match = Direct(written) ?? FromAlternatives(written, alternatives) ?? _otherLaw?.Invoke(written);
        if (match is not null)
        {
            return match;
        }

        return withScore ? Similar(written, alternatives) : NameMatch.New();
    }

    /// <summary>The tiers on the name as a whole.</summary>
    private NameMatch? Direct(string written)
    {
        var key = NameKey.From(written);
        var normalized = NameForms.Normalize(written, _generic);
        var concernNormalized = NameForms.Normalize(written, _concernGeneric);
        return Tier(written, Find(_own, key), hit => new NameMatch(NameMatchKind.Exact, hit.Entry.Slug, hit.Entry.Name))
            ?? Tier(written, Find(_aliases, key), AliasMatch)
            ?? Tier(written, Find(_normalized, normalized.Key), hit => new NameMatch(
                NameMatchKind.Normalized, hit.Entry.Slug, hit.Entry.Name, hit.Name.Text, NormalizedReason(normalized, hit)))
            ?? Tier(written, [.. Find(_concern, key), .. Find(_concern, concernNormalized.Key), .. Find(_concern, normalized.Key)], AliasMatch);
    }

    /// <summary>"Eno/Salland": the alternatives that resolve must all resolve to the same entry.</summary>
    private NameMatch? FromAlternatives(string written, IReadOnlyList<string> alternatives)
    {
        var resolved = alternatives
            .Select(alternative => (Alternative: alternative, Match: Direct(alternative)))
            .Where(candidate => candidate.Match is { IsResolved: true })
            .ToList();
        if (resolved.Count == 0)
        {
            return null;
        }

        var slugs = resolved.Select(candidate => candidate.Match!.Slug).Distinct().ToList();
        if (slugs.Count > 1)
        {
            var named = string.Join(", ", resolved.Select(candidate => $"'{candidate.Alternative}' is {candidate.Match!.Name}"));
            return NameMatch.Conflicting(
                $"'{written}' noemt verschillende {_nouns.Many}: {named}. Gebruik één naam, of voeg de naam als alias toe aan {_nouns.TheRightOne}.");
        }

        var first = resolved[0].Match!;
        var parts = string.Join(" en ", resolved.Select(candidate => $"'{candidate.Alternative}'"));
        return new NameMatch(NameMatchKind.Normalized, first.Slug, first.Name, resolved[0].Alternative, $"aan {parts} uit '{written}'");
    }

    /// <summary>The last tier: the best similarity score of the name (and of its alternatives) to each entry.</summary>
    private NameMatch Similar(string written, IReadOnlyList<string> alternatives)
    {
        var forms = alternatives.Prepend(written)
            .SelectMany(text => new[] { NameForms.Normalize(text, _generic), NameForms.Normalize(text, _concernGeneric) })
            .Where(form => !form.IsEmpty)
            .DistinctBy(form => form.Key)
            .ToList();

        var best = new Dictionary<string, (NameEntry Entry, int Score, bool MayMatch)>();
        foreach (var (entry, candidate) in _scored)
        {
            foreach (var form in forms)
            {
                var (score, mayMatch) = Score(form, candidate);
                if (score > 0 && (!best.TryGetValue(entry.Slug, out var known) || score > known.Score))
                {
                    best[entry.Slug] = (entry, score, mayMatch);
                }
            }
        }

        var ranked = best.Values.OrderByDescending(candidate => candidate.Score).ThenBy(candidate => candidate.Entry.Name, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0)
        {
            return NameMatch.New();
        }

        var top = ranked[0];
        var clear = ranked.Count == 1 || ranked[1].Score < SimilarThreshold;
        if (top.MayMatch && top.Score >= SimilarThreshold && clear)
        {
            return new NameMatch(NameMatchKind.Similar, top.Entry.Slug, top.Entry.Name, Score: top.Score);
        }

        // A short name one edit away scores low by ratio but is still worth the question.
        return top.Score >= SuggestionThreshold || !top.MayMatch
            ? NameMatch.New(new NameSuggestion(top.Entry.Slug, top.Entry.Name, top.Score))
            : NameMatch.New();
    }

    /// <summary>The similarity of two normalized names (0 to 100) and whether it may match or only suggest.</summary>
    internal static (int Score, bool MayMatch) Score(NormalizedName written, NormalizedName candidate)
    {
        if (NameForms.Digits(written.Key) != NameForms.Digits(candidate.Key))
        {
            return (0, false);
        }

        var shorter = Math.Min(written.Key.Length, candidate.Key.Length);
        if (shorter < MinimumFuzzyLength)
        {
            return shorter >= 3 && Levenshtein.EditDistance(written.Key, candidate.Key) == 1
                ? (Fuzz.Ratio(written.Key, candidate.Key), false)
                : (0, false);
        }

        // Both forms are lower-case letters and digits already: FuzzySharp's own preprocessing (a regex per call)
        // would only cost time. The second ratio is token sort: the words in order, for "Infrastructuur en organisatie".
        var ratio = Fuzz.Ratio(written.Key, candidate.Key, PreprocessMode.None);
        var sorted = written.SortedWords.Contains(' ') && candidate.SortedWords.Contains(' ')
            ? Fuzz.Ratio(written.SortedWords, candidate.SortedWords, PreprocessMode.None)
            : 0;
        return (Math.Max(ratio, sorted), true);
    }

    private NameMatch? Tier(string written, IReadOnlyList<Hit> hits, Func<Hit, NameMatch> match)
    {
        var entries = hits.DistinctBy(hit => hit.Entry.Slug).ToList();
        return entries.Count switch
        {
            0 => null,
            1 => match(entries[0]),
            _ => NameMatch.Conflicting(
                $"'{written}' past bij meer dan één {_nouns.One}: {string.Join(" en ", entries.Select(hit => hit.Entry.Name))}. "
                + $"Schrijf de naam voluit, of voeg hem als alias toe aan {_nouns.TheRightOne}."),
        };
    }

    private static NameMatch AliasMatch(Hit hit) => new(
        NameMatchKind.Alias, hit.Entry.Slug, hit.Entry.Name, hit.Name.Text,
        hit.Name.Source switch
        {
            NameSource.Label => $"label '{hit.Name.Text}'",
            NameSource.Concern => $"'{hit.Name.Text}', {hit.Name.Owner}",
            _ => $"alias '{hit.Name.Text}'",
        });

    /// <summary>"zonder '(incl de Friesland)' en 'zorgkantoor'", or "als deel van 'HDS/Huisartsenposten'".</summary>
    private static string NormalizedReason(NormalizedName written, Hit hit)
    {
        var dropped = written.Dropped.Concat(hit.Dropped).Distinct(StringComparer.OrdinalIgnoreCase).Select(part => $"'{part}'").ToList();
        var reason = dropped.Count > 0 ? $"zonder {string.Join(" en ", dropped)}" : "na gelijk maken van schrijfwijze";
        return hit.IsPart ? $"als deel van '{hit.Name.Text}', {reason}" : reason;
    }

    private static IReadOnlyList<Hit> Find(Dictionary<string, List<Hit>> index, string key) =>
        key.Length > 0 && index.TryGetValue(key, out var hits) ? hits : [];

    private void Index(NameEntry entry)
    {
        foreach (var name in entry.Names)
        {
            var generic = name.Source == NameSource.Concern ? _concernGeneric : _generic;
            var normalized = NameForms.Normalize(name.Text, generic);
            var hit = new Hit(entry, name, normalized.Dropped, IsPart: false);
            if (!normalized.IsEmpty)
            {
                _scored.Add((entry, normalized));
            }

            if (name.Source == NameSource.Concern)
            {
                Add(_concern, NameKey.From(name.Text), hit);
                Add(_concern, normalized.Key, hit);
                continue;
            }

            Add(name.Source == NameSource.Own ? _own : _aliases, NameKey.From(name.Text), hit);
            Add(_normalized, normalized.Key, hit);
            foreach (var part in NameForms.Alternatives(name.Text))
            {
                var partForm = NameForms.Normalize(part, generic);
                Add(_normalized, partForm.Key, new Hit(entry, name, partForm.Dropped, IsPart: true));
            }
        }
    }

    private static void Add(Dictionary<string, List<Hit>> index, string key, Hit hit)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var hits))
        {
            index[key] = hits = [];
        }

        hits.Add(hit);
    }

    /// <summary>A name of an entry found under a key; <see cref="IsPart"/> when by one "/" part of that name.</summary>
    private sealed record Hit(NameEntry Entry, EntryName Name, IReadOnlyList<string> Dropped, bool IsPart);
}
