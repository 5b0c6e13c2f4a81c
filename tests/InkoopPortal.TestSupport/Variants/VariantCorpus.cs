using System.Text.Json;
using System.Text.Json.Serialization;
using InkoopPortal.Application.Import;
using InkoopPortal.Domain.Documents;
using Xunit;

namespace InkoopPortal.TestSupport.Variants;

/// <summary>
/// The whole-file variants written for these tests (not copies of the sources) with their expected outcome, in
/// <c>Variants/PolicyText</c> and <c>Variants/Presentation</c>: each <c>name.txt</c> or <c>name.md</c>
/// beside <c>name.expected.json</c> (see the README in each folder). Held-out variants were written and their
/// expectations fixed before the readers were run on them.
/// </summary>
public static class VariantCorpus
{
    public const string PolicyTextFolder = "PolicyText";
    public const string PresentationFolder = "Presentation";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The variant files of a folder (<see cref="PolicyTextFolder"/>, <see cref="PresentationFolder"/>), by file name.</summary>
    public static IEnumerable<string> Files(string folder) =>
        Directory.GetFiles(RepositoryPaths.Variants(folder))
            .Where(path => (path.EndsWith(".txt", StringComparison.Ordinal) || path.EndsWith(".md", StringComparison.Ordinal)) &&
                           !Path.GetFileName(path).Equals("README.md", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> PolicyTexts() => Data(Files(PolicyTextFolder));

    public static TheoryData<string> Presentations() => Data(Files(PresentationFolder));

    /// <summary>Every variant of both folders with its folder, for the detection tests.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { PolicyTextFolder, PresentationFolder })
        {
            foreach (var file in Files(folder))
            {
                data.Add(folder, file);
            }
        }

        return data;
    }

    private static TheoryData<string> Data(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var file in files)
        {
            data.Add(file);
        }

        return data;
    }

    public static string Text(string folder, string file) => File.ReadAllText(PathOf(folder, file));

    public static DocumentVariantExpectation Expected(string folder, string file)
    {
        var path = Path.Combine(RepositoryPaths.Variants(folder), Path.GetFileNameWithoutExtension(file) + ".expected.json");
        return JsonSerializer.Deserialize<DocumentVariantExpectation>(File.ReadAllText(path), Options)
               ?? throw new InvalidDataException($"{path} is leeg.");
    }

    /// <summary>The variant's path, for an import of the file itself (its bytes as written).</summary>
    public static string PathOf(string folder, string file) => Path.Combine(RepositoryPaths.Variants(folder), file);
}

/// <summary>What a policy text or presentation variant reads as; a list left out of the JSON means none.</summary>
public sealed record DocumentVariantExpectation(
    SourceFormat? Format,
    VariantImport? Import,
    bool HeldOut,
    string? Title,
    int? ValidFrom,
    int? ValidTo,
    DateOnly? PublishedOn,
    IReadOnlyList<ExpectedChange>? Changes,
    IReadOnlyList<ExpectedDeadline>? Deadlines,
    IReadOnlyList<ExpectedStatement>? Statements,
    IReadOnlyList<ExpectedFigure>? Figures,
    ExpectedProblem? Refusal)
{
    public IReadOnlyList<ExpectedChange> Changes { get; init; } = Changes ?? [];

    public IReadOnlyList<ExpectedDeadline> Deadlines { get; init; } = Deadlines ?? [];

    public IReadOnlyList<ExpectedStatement> Statements { get; init; } = Statements ?? [];

    public IReadOnlyList<ExpectedFigure> Figures { get; init; } = Figures ?? [];
}

/// <summary>How the lead's corpus run imports the variant into a database.</summary>
public sealed record VariantImport(int Year, IReadOnlyList<string> CareTypes, string? Purchaser);

public sealed record ExpectedChange(string? Subject, string? Markdown, string? MarkdownContains, int Line);

public sealed record ExpectedDeadline(
    DeadlineKind Kind, DateOnly? Date, string DateText, int Line, string? SourceText, string? SourceTextContains, string? Time);

public sealed record ExpectedStatement(string Topic, string? CareType, string? MarkdownContains);

public sealed record ExpectedFigure(string? Category, decimal Value);
