using System.Text.Json;
using System.Text.Json.Serialization;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Agenda;

/// <summary>
/// The standard milestones of the contracting season (<c>data/reference/nza-milestones.json</c>, built in): the
/// 1 April publication of the purchasing policy and the practice dates of the autumn. Reference data rather than
/// code, each with its source; the same on every instance because it ships with the application.
/// </summary>
public sealed class NzaMilestones
{
    private const string ResourceName = "InkoopPortal.nza-milestones.json";

    private readonly IReadOnlyList<MilestoneRule> _rules;

    public NzaMilestones(IReadOnlyList<MilestoneRule> rules) => _rules = rules;

    /// <summary>The rules in the built-in file.</summary>
    public static NzaMilestones BuiltIn { get; } = new(Load());

    public IReadOnlyList<MilestoneRule> Rules => _rules;

    /// <summary>Every milestone dated in <paramref name="year"/>, in date order.</summary>
    public IReadOnlyList<AgendaMilestone> In(int year) =>
        _rules.Select(rule => rule.In(year)).OrderBy(milestone => milestone.Date).ToList();

    private static List<MilestoneRule> Load()
    {
        using var stream = typeof(NzaMilestones).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in file {ResourceName} is missing.");
        var options = new JsonSerializerOptions(ReferenceDataFiles.JsonOptions) { Converters = { new JsonStringEnumConverter() } };
        var file = JsonSerializer.Deserialize<MilestonesFile>(stream, options)
            ?? throw new InvalidDataException($"The built-in file {ResourceName} is empty.");
        return file.Milestones;
    }

    private sealed record MilestonesFile(List<MilestoneRule> Milestones);
}

/// <summary>One recurring milestone as the reference file gives it; <see cref="Title"/> names the contract year as "{jaar}".</summary>
public sealed record MilestoneRule(
    string Slug,
    Law Law,
    DeadlineKind Kind,
    int Month,
    int Day,
    int ContractYearOffset,
    string Basis,
    string Title,
    string Source,
    string? SourceUrl)
{
    public const string YearPlaceholder = "{jaar}";

    public AgendaMilestone In(int year)
    {
        var contractYear = year + ContractYearOffset;
        return new AgendaMilestone(
            $"nza-{Slug}-{year}",
            Law,
            Kind,
            new DateOnly(year, Month, Day),
            contractYear,
            Title.Replace(YearPlaceholder, contractYear.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Basis == "regeling",
            Source,
            SourceUrl);
    }
}

/// <summary>A milestone on one date: "1 april 2026: zorgverzekeraars maken hun zorginkoopbeleid voor 2027 bekend".</summary>
public sealed record AgendaMilestone(
    string Id,
    Law Law,
    DeadlineKind Kind,
    DateOnly Date,
    int ContractYear,
    string Title,
    bool IsRegulation,
    string Source,
    string? SourceUrl);
