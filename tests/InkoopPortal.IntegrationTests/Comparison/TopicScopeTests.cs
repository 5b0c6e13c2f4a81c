using System.Text.Json;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Import;
using InkoopPortal.IntegrationTests.Import;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;

namespace InkoopPortal.IntegrationTests.Comparison;

/// <summary>A topic a year's import brings shows in the matrices where documents speak to it, and nowhere else.</summary>
public class TopicScopeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_a_2024_table_with_a_new_topic_leaves_the_2022_matrix_unchanged(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var matrices = portal.Get<MatrixService>();
        var before = await matrices.GetAsync(new MatrixRequest(2022, "huisartsenzorg", null, [], []), []);
        var file = Path.Combine(Path.GetTempPath(), $"tabel-2024-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, string.Join('\n',
            "Onderwerp\tCZ\tMenzis",
            "Hybride zorg <i>Digitaal waar het kan?</i>\t<p>CZ vergoedt e-consulten</p>\t<p>Menzis: beeldbellen</p>",
            "Regioplan/ regiobeeld\t<p>CZ 2024: regioplan</p>\t<p>Geen bijzonderheden</p>"));

        await portal.Get<ISourceImporter>().ImportAsync(new ImportRequest(file, 2024, ["huisartsenzorg"], null, CreateUnknownNames: true));
        var after2022 = await matrices.GetAsync(new MatrixRequest(2022, "huisartsenzorg", null, [], []), []);
        var matrix2024 = (await matrices.GetAsync(new MatrixRequest(2024, "huisartsenzorg", null, [], []), [])).Matrix!;

        JsonSerializer.Serialize(after2022.Matrix).Should().Be(JsonSerializer.Serialize(before.Matrix), "the 2022 matrix is unchanged");
        after2022.TableHtml.Should().Be(before.TableHtml);
        after2022.Options.TopicGroups.SelectMany(group => group.Topics).Select(topic => topic.Slug).Should().NotContain("hybride-zorg");
        matrix2024.Groups.SelectMany(group => group.Rows).Select(row => row.TopicSlug).Should().BeEquivalentTo(["hybride-zorg", "regioplan"],
            "a year shows the topics its documents speak to");

        var asked = (await matrices.GetAsync(new MatrixRequest(2022, "huisartsenzorg", null, [], ["hybride-zorg"]), [])).Matrix!;
        asked.Groups.SelectMany(group => group.Rows).Should().ContainSingle("a topic asked for by name is shown, empty")
            .Which.Cells.Should().OnlyContain(cell => cell.State == CellState.NotAnalysed);
        File.Delete(file);
    }
}
