namespace InkoopPortal.Application.Search;

/// <summary>
/// One thing to look for: a word, or a phrase whose words must stand together in this order (stop words between
/// them do not count, as in the index). <see cref="Words"/> are normalized (<see cref="DutchText"/>), never stop words.
/// </summary>
public sealed record SearchTerm(IReadOnlyList<string> Words)
{
    public bool IsPhrase => Words.Count > 1;

    /// <summary>The words separated by spaces, as the index holds them (PostgreSQL's <c>phraseto_tsquery</c> reads this).</summary>
    public string Text => string.Join(' ', Words);

    public IEnumerable<string> Stems => Words.Select(DutchText.Stem);
}

/// <summary>
/// A parsed query, the same for both providers: every group must match (AND), a group matches when one of its
/// terms does (OR), and no excluded term may match.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<IReadOnlyList<SearchTerm>> Groups, IReadOnlyList<SearchTerm> Excluded)
{
    public IEnumerable<SearchTerm> PositiveTerms => Groups.SelectMany(group => group);

    /// <summary>A stable text form (for logs and cache keys).</summary>
    public override string ToString() =>
        string.Join(" ", Groups.Select(group => string.Join(" OR ", group.Select(Quote)))
            .Concat(Excluded.Select(term => "-" + Quote(term))));

    private static string Quote(SearchTerm term) => term.IsPhrase ? $"\"{term.Text}\"" : term.Text;
}

/// <summary>
/// The outcome of reading what the user typed: a query, or a Dutch message saying why nothing can be searched;
/// <see cref="Notes"/> name the words that were left out (so nothing typed disappears without a word).
/// </summary>
public sealed record ParsedSearchQuery(SearchQuery? Query, string? Message, IReadOnlyList<string> Notes)
{
    public bool IsValid => Query is not null;
}
