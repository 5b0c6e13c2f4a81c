namespace InkoopPortal.Application;

/// <summary>Where the shipped data lives: <c>reference/</c> (purchasers, care types, regions) and <c>sources/</c> (documents).</summary>
public sealed class PortalDataOptions
{
    public required string DataDirectory { get; init; }

    public string ReferenceDirectory => Path.Combine(DataDirectory, "reference");

    public string SourcesDirectory => Path.Combine(DataDirectory, "sources");
}
