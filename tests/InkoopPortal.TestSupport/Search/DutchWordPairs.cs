using Xunit;

namespace InkoopPortal.TestSupport.Search;

/// <summary>
/// Dutch word pairs that the search must treat as one (issue 13): from the shipped sources, and a held-out list the
/// stemmer was not tuned on. Read from the text files beside this class.
/// </summary>
public static class DutchWordPairs
{
    public static IReadOnlyList<(string First, string Second)> FromSources { get; } = Read("pairs-sources.txt");

    public static IReadOnlyList<(string First, string Second)> HeldOut { get; } = Read("pairs-held-out.txt");

    /// <summary>For xunit's MemberData.</summary>
    public static TheoryData<string, string> SourcesData() => ToTheoryData(FromSources);

    public static TheoryData<string, string> HeldOutData() => ToTheoryData(HeldOut);

    private static TheoryData<string, string> ToTheoryData(IEnumerable<(string First, string Second)> pairs)
    {
        var data = new TheoryData<string, string>();
        foreach (var (first, second) in pairs)
        {
            data.Add(first, second);
        }

        return data;
    }

    private static List<(string First, string Second)> Read(string fileName) =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "InkoopPortal.TestSupport", "Search", fileName))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => (parts[0], parts[1]))
            .ToList();
}
