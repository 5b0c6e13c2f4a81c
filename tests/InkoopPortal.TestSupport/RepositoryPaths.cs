namespace InkoopPortal.TestSupport;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "InkoopPortal.sln";

    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that contains InkoopPortal.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A file under data/sources, e.g. the 2022 comparison memo.</summary>
    public static string DataSource(string fileName) => Path.Combine(Root, "data", "sources", fileName);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder with {SolutionFile} found above {AppContext.BaseDirectory}.");
    }
}
