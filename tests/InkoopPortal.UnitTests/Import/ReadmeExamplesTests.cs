using System.Text.RegularExpressions;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport;

namespace InkoopPortal.UnitTests.Import;

/// <summary>The README's examples of the import shapes read as the README says they do.</summary>
public partial class ReadmeExamplesTests
{
    [Fact]
    public void The_comparison_table_example_reads_as_described()
    {
        var text = Example("**Comparison tables**");

        SourceFormatDetector.Detect(text).Format.Should().Be(SourceFormat.ComparisonTable);
        var table = ComparisonTableParser.Parse(text);

        table.Title.Should().Be("Vergelijking zorgkantoren 2025");
        table.Columns.Select(column => column.PurchaserName).Should().Equal("CZ zorgkantoor", "Zilveren Kruis (incl de Friesland)", "Eno/Salland");
        table.Topics.Select(topic => topic.Key).Should().Equal("inkoopdoelen", "maatwerkafspraken");
        Cell(table, "CZ zorgkantoor", "inkoopdoelen").Markdown.Should().Contain("- wachtlijsten omlaag").And.Contain("- meer thuis");
        Cell(table, "Zilveren Kruis (incl de Friesland)", "inkoopdoelen").Markdown.Should().Contain("1. Personeel").And.Contain("2. Innovatie");
        Cell(table, "Eno/Salland", "inkoopdoelen").Should().BeEquivalentTo(new { Status = StatementStatus.NoPolicyPublished, SourceWording = "Geen beleid opgenomen" });
        Cell(table, "CZ zorgkantoor", "maatwerkafspraken").Markdown.Should().Contain("[^1]").And.Contain("Alleen bij een plan voor 1 juli.").And.Contain("met een plan");
        Cell(table, "Eno/Salland", "maatwerkafspraken").Status.Should().Be(StatementStatus.NothingSpecial);
    }

    [Fact]
    public void The_policy_text_example_reads_as_described()
    {
        var text = Example("**Policy texts**");

        SourceFormatDetector.Detect(text).Format.Should().Be(SourceFormat.PolicyText);
        var policy = PolicyTextParser.Parse(text);

        policy.Title.Should().Be("Zorginkoopbeleid 2026 Medisch-specialistische zorg");
        policy.Changes.Should().ContainSingle().Which.Markdown.Should().Contain("- Nieuwe normen").And.Contain("- Meer data");
        var deadline = policy.Deadlines.Should().ContainSingle().Subject;
        deadline.Date.Should().Be(new DateOnly(2025, 9, 1));
        deadline.SourceText.Should().Contain("Aanvragen doet u uiterlijk 1 september 2025 via VECOZO.");
    }

    /// <summary>The first ```text block after <paramref name="heading"/> in the README.</summary>
    private static string Example(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var match = TextBlock().Match(readme, readme.IndexOf(heading, StringComparison.Ordinal));
        match.Success.Should().BeTrue($"the README has an example under {heading}");
        return match.Groups["text"].Value;
    }

    private static ParsedCell Cell(ParsedComparisonTable table, string purchaser, string topic) =>
        table.Cells.Single(cell => cell.PurchaserName == purchaser && cell.TopicKey == topic);

    [GeneratedRegex("```text\n(?<text>.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();
}
