namespace InkoopPortal.Bench.Hosting;

/// <summary>Folders of the repository this program was built from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The portal's project folder: its content root, as with <c>dotnet run --project src/InkoopPortal.Web</c>.</summary>
    public static string PortalProject => Path.Combine(Root, "src", "InkoopPortal.Web");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "InkoopPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"InkoopPortal.sln not found above {AppContext.BaseDirectory}.");
    }
}
