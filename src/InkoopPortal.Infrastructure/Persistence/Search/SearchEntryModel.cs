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
/// A row of <c>search_words</c>: a word the index holds (normalized, <see cref="DutchText"/>), its stem, and how many
/// distinct trigrams it has. The words a "Bedoelde u …?" suggestion is taken from (<see cref="SearchSuggestions"/>).
/// </summary>
internal sealed class SearchWordRow
{
    public string Word { get; set; } = "";

    public string Stem { get; set; } = "";

    public int TrigramCount { get; set; }
}

/// <summary>A row of <c>search_word_trigrams</c> (SQLite only; PostgreSQL has pg_trgm's index): one trigram of a word.</summary>
internal sealed class SearchWordTrigramRow
{
    public string Trigram { get; set; } = "";

    public string Word { get; set; } = "";
}

/// <summary>The one row of <c>search_index_state</c>: which <see cref="DutchText.AnalyzerVersion"/> built the index.</summary>
internal sealed class SearchIndexStateRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public int AnalyzerVersion { get; set; }
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
    public const string Words = "search_words";
    public const string WordTrigrams = "search_word_trigrams";
    public const string State = "search_index_state";
    public const string WordTrigramIndex = "ix_search_words_word_trgm";

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

        var word = modelBuilder.Entity<SearchWordRow>();
        word.ToTable(Words);
        word.HasKey(row => row.Word);
        word.Property(row => row.Word).HasMaxLength(DutchText.MaximumWordLength);
        word.Property(row => row.Stem).HasMaxLength(DutchText.MaximumWordLength);
        word.HasIndex(row => row.Stem);
        if (onPostgres)
        {
            // pg_trgm (a trusted extension of PostgreSQL's contrib, in Debian's postgresql-15): similar words by trigrams.
            modelBuilder.HasPostgresExtension("pg_trgm");
            word.HasIndex(row => row.Word).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName(WordTrigramIndex);
        }
        else
        {
            var trigram = modelBuilder.Entity<SearchWordTrigramRow>();
            trigram.ToTable(WordTrigrams);
            trigram.HasKey(row => new { row.Trigram, row.Word });
            trigram.HasIndex(row => row.Word);
            trigram.HasOne<SearchWordRow>().WithMany().HasForeignKey(row => row.Word).OnDelete(DeleteBehavior.Cascade);
        }

        var state = modelBuilder.Entity<SearchIndexStateRow>();
        state.ToTable(State);
        state.Property(row => row.Id).ValueGeneratedNever();
    }
}
