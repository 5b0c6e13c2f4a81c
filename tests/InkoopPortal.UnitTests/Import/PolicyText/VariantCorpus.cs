using System.Text.Json;
using System.Text.Json.Serialization;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Presentation;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>
/// The whole-file variants written for these tests (not copies of the sources) with their expected outcome, in
/// <c>Import/PolicyText/Variants</c> and <c>Import/Presentation/Variants</c>: each <c>name.txt</c> or <c>name.md</c>
/// beside <c>name.expected.json</c> (see the README in each folder). Held-out variants were written and their
/// expectations fixed before the readers were run on them.
/// </summary>
public static class VariantCorpus
{
    public const string PolicyTextFolder = "tests/InkoopPortal.UnitTests/Import/PolicyText/Variants";
    public const string PresentationFolder = "tests/InkoopPortal.UnitTests/Import/Presentation/Variants";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The variant files of a folder (relative to the repository root), by file name.</summary>
    public static IEnumerable<string> Files(string folder) =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder))
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

    public static string Text(string folder, string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, folder, file));

    public static VariantExpectation Expected(string folder, string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, folder, Path.GetFileNameWithoutExtension(file) + ".expected.json");
        return JsonSerializer.Deserialize<VariantExpectation>(File.ReadAllText(path), Options)
               ?? throw new InvalidDataException($"{path} is leeg.");
    }

    /// <summary>Reads a variant as its expected format and checks everything its expectation names.</summary>
    public static void Check(string folder, string file, Func<string, ParsedPolicyText> parse)
    {
        var text = Text(folder, file);
        var expected = Expected(folder, file);
        if (expected.Refusal is { } refusal)
        {
            var problem = FluentActions.Invoking(() => parse(text)).Should().Throw<ImportFailedException>().Which.Problems.Should().ContainSingle().Subject;
            problem.Should().Be(new ImportProblem(refusal.Line, refusal.Column, refusal.Message));
            return;
        }

        var parsed = parse(text);
        var lineCount = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Length;
        ParsedInvariants.Hold(parsed, lineCount);

        if (expected.Title is { } title)
        {
            parsed.Title.Should().Be(title);
        }

        (parsed.ValidFromYear, parsed.ValidToYear).Should().Be((expected.ValidFrom, expected.ValidTo));
        parsed.PublishedOn.Should().Be(expected.PublishedOn);

        if (expected.Changes is { } changes)
        {
            parsed.Changes.Should().HaveCount(changes.Count);
            foreach (var (change, want) in parsed.Changes.Zip(changes))
            {
                change.Subject.Should().Be(want.Subject);
                change.Line.Should().Be(want.Line, $"the change '{want.Subject}' is on line {want.Line}");
                if (want.Markdown is not null)
                {
                    change.Markdown.Should().Be(want.Markdown);
                }

                if (want.MarkdownContains is not null)
                {
                    change.Markdown.Should().Contain(want.MarkdownContains);
                }
            }
        }

        if (expected.Deadlines is { } deadlines)
        {
            parsed.Deadlines.Select(Describe).Should().Equal(deadlines.Select(Describe));
            foreach (var (deadline, want) in parsed.Deadlines.Zip(deadlines))
            {
                if (want.SourceText is not null)
                {
                    deadline.SourceText.Should().Be(want.SourceText);
                }

                if (want.SourceTextContains is not null)
                {
                    deadline.SourceText.Should().Contain(want.SourceTextContains);
                }

                if (want.Time is not null)
                {
                    deadline.Time.Should().Be(TimeOnly.Parse(want.Time, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        if (expected.Statements is { } statements)
        {
            parsed.Statements.Select(statement => (statement.TopicName, statement.CareTypeHint))
                .Should().Equal(statements.Select(statement => (statement.Topic, statement.CareType)));
            foreach (var (statement, want) in parsed.Statements.Zip(statements).Where(pair => pair.Second.MarkdownContains is not null))
            {
                statement.Markdown.Should().Contain(want.MarkdownContains);
            }
        }

        if (expected.Figures is { } figures)
        {
            parsed.Figures.Select(figure => (figure.Category, figure.Value)).Should().Equal(figures.Select(figure => (figure.Category, figure.Value)));
        }
    }

    private static string Describe(ParsedDeadline deadline) =>
        $"{deadline.Kind} {deadline.Date:yyyy-MM-dd} '{deadline.DateText}' regel {deadline.Line}";

    private static string Describe(ExpectedDeadline deadline) =>
        $"{deadline.Kind} {deadline.Date:yyyy-MM-dd} '{deadline.DateText}' regel {deadline.Line}";
}

/// <summary>What must hold of every parsed document: each record cites a line of the file, dates and texts are there.</summary>
public static class ParsedInvariants
{
    public static void Hold(ParsedPolicyText parsed, int lineCount)
    {
        var lines = parsed.Sections.Select(section => section.Line)
            .Concat(parsed.Changes.Select(change => change.Line))
            .Concat(parsed.Conditions.Select(condition => condition.Line))
            .Concat(parsed.Deadlines.Select(deadline => deadline.Line))
            .Concat(parsed.Figures.Select(figure => figure.Line))
            .Concat(parsed.Statements.Select(statement => statement.Line));
        lines.Where(line => line < 1 || line > lineCount).Should().BeEmpty("every record cites a line inside the file");
        parsed.Statements.Where(statement => string.IsNullOrWhiteSpace(statement.SourceLocation)).Should().BeEmpty("every statement cites its section");
        parsed.Deadlines.Where(deadline => deadline.SourceText.Length == 0 || (deadline.DateText.Length == 0 && deadline.Precision != DatePrecision.Unspecified))
            .Should().BeEmpty("a deadline keeps its source and, when it has a date, the date as written");
        parsed.Deadlines.Where(deadline => deadline.Precision != DatePrecision.Unspecified && deadline.Date == null).Should().BeEmpty();
        parsed.Title.Should().NotBeNullOrWhiteSpace();
    }
}

public sealed record VariantExpectation(
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
    ExpectedRefusal? Refusal);

/// <summary>How the lead's corpus run imports the variant into a database.</summary>
public sealed record VariantImport(int Year, IReadOnlyList<string> CareTypes, string? Purchaser);

public sealed record ExpectedChange(string? Subject, string? Markdown, string? MarkdownContains, int Line);

public sealed record ExpectedDeadline(
    DeadlineKind Kind, DateOnly? Date, string DateText, int Line, string? SourceText, string? SourceTextContains, string? Time);

public sealed record ExpectedStatement(string Topic, string? CareType, string? MarkdownContains);

public sealed record ExpectedFigure(string? Category, decimal Value);

public sealed record ExpectedRefusal(int Line, int? Column, string Message);
