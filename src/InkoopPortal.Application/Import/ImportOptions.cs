using System.Globalization;

namespace InkoopPortal.Application.Import;

/// <summary>
/// Settings of every import path (command line, upload, paste, the editors' HTTP endpoint): <c>Import:MaxFileBytes</c>,
/// and the one rule that applies it (<see cref="Refusal"/>, <see cref="ReadAsync"/>): an input over the limit is
/// refused by its length, before it is read whole, with a Dutch message that names the limit.
/// </summary>
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

    public bool Allows(long length) => length <= MaxFileBytes;

    /// <summary>The refusal of an input of <paramref name="length"/> bytes (null: unknown, more than the limit).</summary>
    public ImportProblem Refusal(string fileName, long? length) => new(0, null,
        $"'{fileName}' is {(length is { } known ? ImportOptions.Size(known) : "groter dan " + MaxFileSizeText)}; "
        + $"een import mag ten hoogste {MaxFileSizeText} zijn. Splits het bestand, of importeer alleen het deel dat u nodig hebt.");

    /// <exception cref="ImportFailedException">When <paramref name="length"/> is over the limit.</exception>
    public void EnsureAllowed(string fileName, long length)
    {
        if (!Allows(length))
        {
            throw new ImportFailedException([Refusal(fileName, length)]);
        }
    }

    /// <summary>
    /// Reads <paramref name="stream"/> whole, but never more than the limit plus one byte: a stream whose length was
    /// not known (or lied) is refused as soon as it passes the limit.
    /// </summary>
    /// <exception cref="ImportFailedException">When the stream is longer than the limit.</exception>
    public async Task<byte[]> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        if (stream.CanSeek)
        {
            EnsureAllowed(fileName, stream.Length - stream.Position);
        }

        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > MaxFileBytes)
            {
                throw new ImportFailedException([Refusal(fileName, null)]);
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }
}
