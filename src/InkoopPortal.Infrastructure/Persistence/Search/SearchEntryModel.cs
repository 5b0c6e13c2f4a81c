using InkoopPortal.Application.Search;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace InkoopPortal.Infrastructure.Persistence.Search;

/// <summary>A row of <c>search_entries</c>: what one query filters, ranks and counts. Kept narrow, so matching and counting read little.</summary>
internal sealed class SearchEntryRow
{
    public long Id { get; set; }

    public SearchKind Kind { get; set; }

    public int RecordId { get; set; }

    public int PolicyDocumentId { get; set; }

    public int PurchaserId { get; set; }

    public int? TopicId { get; set; }

    public string CareTypeIds { get; set; } = ",";

    public int ValidFromYear { get; set; }

    public int ValidToYear { get; set; }
}

/// <summary>A row of <c>search_texts</c>: the text and label of an entry, read only for the hits shown.</summary>
internal sealed class SearchTextRow
{
    public long EntryId { get; set; }

    public string? Label { get; set; }

    public string Text { get; set; } = "";
}

/// <summary>
/// The search index tables, written and read with SQL only (<see cref="SearchStore"/>); EF knows them for the
/// migrations. On PostgreSQL <c>search_entries</c> also has <c>search_vector</c> (the Dutch stems of the text, plus
/// its words as written under another weight for the exact-word rank; kept in the row uncompressed) and <c>years</c> (every year the entry is valid in), with one GIN index over both, so a
/// common word in one year is found without reading the other years. On SQLite the full-text index is the FTS5 table
/// <c>search_fts</c>, which EF does not model: the SQLite migration creates it (<see cref="SqliteSearchSchema.CreateSql"/>).
/// </summary>
internal static class SearchEntryModel
{
    public const string Entries = "search_entries";
    public const string Texts = "search_texts";

    public const string SearchVector = "SearchVector";
    public const string SearchVectorIndex = "ix_search_entries_search_vector_years";
    public const string Years = "Years";

    public static void Configure(ModelBuilder modelBuilder, bool onPostgres)
    {
        var entry = modelBuilder.Entity<SearchEntryRow>();
        entry.ToTable(Entries);
        entry.Property(row => row.Id).ValueGeneratedNever();
        entry.Property(row => row.CareTypeIds).HasMaxLength(400);
        entry.HasIndex(row => row.PolicyDocumentId);
        if (onPostgres)
        {
            // Rows stay whole up to a page: ranking reads every matched vector, and an uncompressed vector in the row is
            // read many times faster than a compressed one, let alone one moved to the TOAST table.
            entry.HasStorageParameter("toast_tuple_target", 8160);
            entry.Property<NpgsqlTsVector>(SearchVector).IsRequired();
            entry.Property<int[]>(Years).IsRequired();
            entry.HasIndex(SearchVector, Years).HasMethod("GIN").HasDatabaseName(SearchVectorIndex);
        }

        var text = modelBuilder.Entity<SearchTextRow>();
        text.ToTable(Texts);
        text.HasKey(row => row.EntryId);
        text.Property(row => row.EntryId).ValueGeneratedNever();
        text.HasOne<SearchEntryRow>().WithOne().HasForeignKey<SearchTextRow>(row => row.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
