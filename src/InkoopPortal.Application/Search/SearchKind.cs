namespace InkoopPortal.Application.Search;

/// <summary>What a search hit is: the four kinds of policy content the search covers.</summary>
public enum SearchKind
{
    /// <summary>What a purchaser's policy says on a topic (a matrix cell).</summary>
    Statement = 1,

    /// <summary>An entry of a policy's "Wijzigingen t.o.v. vorig jaar".</summary>
    Change = 2,

    /// <summary>A contract condition (requirement or ground for exclusion).</summary>
    Condition = 3,

    /// <summary>A step of the contracting calendar.</summary>
    Deadline = 4,
}

/// <summary>The Dutch names of <see cref="SearchKind"/>: the value of the query-string key <c>soort</c> and the labels.</summary>
public static class SearchKinds
{
    public static readonly IReadOnlyList<SearchKind> All = [SearchKind.Statement, SearchKind.Change, SearchKind.Condition, SearchKind.Deadline];

    public static string Slug(SearchKind kind) => kind switch
    {
        SearchKind.Statement => "uitspraak",
        SearchKind.Change => "wijziging",
        SearchKind.Condition => "voorwaarde",
        SearchKind.Deadline => "termijn",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Label(SearchKind kind) => kind switch
    {
        SearchKind.Statement => "Beleid per onderwerp",
        SearchKind.Change => "Wijziging t.o.v. vorig jaar",
        SearchKind.Condition => "Contractvoorwaarde",
        SearchKind.Deadline => "Termijn",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static SearchKind? FromSlug(string slug) => All.Cast<SearchKind?>().FirstOrDefault(kind => Slug(kind!.Value) == slug);
}
