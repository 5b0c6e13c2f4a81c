using System.Globalization;
using FluentAssertions;
using InkoopPortal.Application.Import;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.TestSupport.Variants;

/// <summary>A deadline as read or as stored, for <see cref="VariantAssertions.ShouldMatch(IReadOnlyList{ActualDeadline}, IReadOnlyList{ExpectedDeadline})"/>.</summary>
public sealed record ActualDeadline(DeadlineKind Kind, DateOnly? Date, string DateText, int Line, string? SourceText, TimeOnly? Time);

/// <summary>A change entry as read or as stored (a stored one has no line: null).</summary>
public sealed record ActualChange(string? Subject, int? Line, string Markdown);

/// <summary>
/// The checks of a variant's expectation that the reader tests (no database) and the database run share: a refusal's
/// problems, the change entries and the deadlines.
/// </summary>
public static class VariantAssertions
{
    /// <summary>Exactly the expected problems, in order: line, column and the start of the Dutch message.</summary>
    public static void ShouldMatch(this IReadOnlyList<ImportProblem> problems, IReadOnlyList<ExpectedProblem> expected, string because)
    {
        problems.Select(problem => (problem.Line, problem.Column)).Should().Equal(expected.Select(problem => (problem.Line, problem.Column)), because);
        problems.Zip(expected).Should().OnlyContain(
            pair => pair.First.Message.StartsWith(pair.Second.Message, StringComparison.Ordinal), because);
    }

    /// <summary>Every change in order with its subject, and its line (when known) and Markdown where the expectation names them.</summary>
    public static void ShouldMatch(this IReadOnlyList<ActualChange> changes, IReadOnlyList<ExpectedChange> expected)
    {
        changes.Select(change => change.Subject).Should().Equal(expected.Select(change => change.Subject));
        foreach (var (change, want) in changes.Zip(expected))
        {
            if (change.Line is { } line)
            {
                line.Should().Be(want.Line, $"the change '{want.Subject}' is on line {want.Line}");
            }

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

    /// <summary>Every deadline in order: kind, date, date as written and line; its sentence or row and time where the expectation names them.</summary>
    public static void ShouldMatch(this IReadOnlyList<ActualDeadline> deadlines, IReadOnlyList<ExpectedDeadline> expected)
    {
        deadlines.Select(deadline => Describe(deadline.Kind, deadline.Date, deadline.DateText, deadline.Line))
            .Should().Equal(expected.Select(deadline => Describe(deadline.Kind, deadline.Date, deadline.DateText, deadline.Line)));
        foreach (var (deadline, want) in deadlines.Zip(expected))
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
                deadline.Time.Should().Be(TimeOnly.Parse(want.Time, CultureInfo.InvariantCulture));
            }
        }
    }

    private static string Describe(DeadlineKind kind, DateOnly? date, string dateText, int line) =>
        $"{kind} {date:yyyy-MM-dd} '{dateText}' regel {line}";
}
