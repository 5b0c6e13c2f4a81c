using System.Globalization;

namespace InkoopPortal.Application.Import;

/// <summary>Settings of every import path (command line, upload, paste): <c>Import:MaxFileBytes</c>.</summary>
public sealed class ImportOptions
{
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The largest file (or pasted text, in UTF-8) an import accepts.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>"10 MB", "512 kB": the limit as the refusal names it.</summary>
    public string MaxFileSizeText => Size(MaxFileBytes);

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"{bytes / 1024d / 1024d:0.#} MB")
        : string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"{Math.Ceiling(bytes / 1024d):0} kB");
}
