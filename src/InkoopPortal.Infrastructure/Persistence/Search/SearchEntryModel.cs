using InkoopPortal.Application.Search;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace InkoopPortal.Infrastructure.Persistence.Search;

/// <summary>
/// The search index table. On PostgreSQL it also holds the text's words as the application reads them
/// (<see cref="DutchText.IndexWords"/>) and two generated tsvector columns over them: <c>dutch_vector</c> (Dutch
/// stemming, GIN-indexed: what is matched) and <c>exact_vector</c> (the <c>simple</c> configuration: the words as
/// written, for ranking the exact term first). On SQLite the full-text index is the FTS5
/// table <c>search_fts</c>, which EF does not model: the SQLite migration creates it (<see cref="SqliteSearchSchema.CreateSql"/>).
/// </summary>
internal static class SearchEntryModel
{
    public const string Table = "search_entries";

    public static void Configure(ModelBuilder modelBuilder, bool onPostgres)
    {
        var entry = modelBuilder.Entity<SearchEntry>();
        entry.ToTable(Table);
        entry.Property(candidate => candidate.CareTypeIds).HasMaxLength(400);
        entry.HasIndex(candidate => new { candidate.Kind, candidate.RecordId }).IsUnique();
        entry.HasIndex(candidate => candidate.PolicyDocumentId);
        if (onPostgres)
        {
            entry.Property<string>(PostgresSearchStore.Words);
            entry.Property<NpgsqlTsVector>(PostgresSearchStore.DutchVector).IsGeneratedTsVectorColumn("dutch", PostgresSearchStore.Words);
            entry.Property<NpgsqlTsVector>(PostgresSearchStore.ExactVector).IsGeneratedTsVectorColumn("simple", PostgresSearchStore.Words);
            entry.HasIndex(PostgresSearchStore.DutchVector).HasMethod("GIN");
        }
    }
}
