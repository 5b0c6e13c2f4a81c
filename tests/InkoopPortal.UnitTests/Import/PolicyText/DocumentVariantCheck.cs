using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport.Variants;

namespace InkoopPortal.UnitTests.Import.PolicyText;

/// <summary>
/// Checks a policy-text or presentation variant of <see cref="VariantCorpus"/> read by its reader (no database)
/// against its <c>.expected.json</c>.
/// </summary>
public static class DocumentVariantCheck
{
    /// <summary>Reads a variant as its expected format and checks everything its expectation names.</summary>
    public static void Check(string folder, string file, Func<string, ParsedPolicyText> parse)
    {
        var text = VariantCorpus.Text(folder, file);
        var expected = VariantCorpus.Expected(folder, file);
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

        parsed.Changes.Select(change => new ActualChange(change.Subject, change.Line, change.Markdown)).ToList().ShouldMatch(expected.Changes);
        parsed.Deadlines
            .Select(deadline => new ActualDeadline(deadline.Kind, deadline.Date, deadline.DateText, deadline.Line, deadline.SourceText, deadline.Time))
            .ToList().ShouldMatch(expected.Deadlines);
        // A policy text has none (its sections are filed under the codebook on import); a presentation names its topics.
        parsed.Statements.Select(statement => (statement.TopicName, statement.CareTypeHint))
            .Should().Equal(expected.Statements.Select(statement => (statement.Topic, statement.CareType)));
        foreach (var (statement, want) in parsed.Statements.Zip(expected.Statements).Where(pair => pair.Second.MarkdownContains is not null))
        {
            statement.Markdown.Should().Contain(want.MarkdownContains);
        }

        parsed.Figures.Select(figure => (figure.Category, figure.Value)).Should().Equal(expected.Figures.Select(figure => (figure.Category, figure.Value)));
    }
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
