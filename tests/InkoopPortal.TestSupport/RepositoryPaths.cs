namespace InkoopPortal.TestSupport;

/// <summary>Finds files of the repository from a test run: the root is the folder that holds InkoopPortal.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>A source document under data/sources.</summary>
    public static string Source(string fileName) => Path.Combine(Root, "data", "sources", fileName);

    /// <summary>
    /// A folder of the variant corpus under tests/InkoopPortal.TestSupport/Variants (ComparisonTable, PolicyText,
    /// Presentation), read in place by the unit and the integration tests alike.
    /// </summary>
    public static string Variants(string folder) => Path.Combine(Root, "tests", "InkoopPortal.TestSupport", "Variants", folder);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InkoopPortal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"InkoopPortal.sln not found above {AppContext.BaseDirectory}.");
    }
}
