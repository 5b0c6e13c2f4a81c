using InkoopPortal.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchWordsAndOwnStems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_index_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    analyzer_version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_index_state", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "search_words",
                columns: table => new
                {
                    word = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    stem = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    trigram_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_words", x => x.word);
                });

            migrationBuilder.CreateTable(
                name: "search_word_trigrams",
                columns: table => new
                {
                    trigram = table.Column<string>(type: "TEXT", nullable: false),
                    word = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_word_trigrams", x => new { x.trigram, x.word });
                    table.ForeignKey(
                        name: "fk_search_word_trigrams_search_words_word",
                        column: x => x.word,
                        principalTable: "search_words",
                        principalColumn: "word",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_search_word_trigrams_word",
                table: "search_word_trigrams",
                column: "word");

            migrationBuilder.CreateIndex(
                name: "ix_search_words_stem",
                table: "search_words",
                column: "stem");

            // Hand-written (EF does not model FTS5; keep when regenerating): the FTS5 table gains its compounds column
            // (FTS5 tables cannot be altered), and the index is emptied; start-up rebuilds it with the portal's own
            // stems (DutchText.AnalyzerVersion) and fills search_words.
            migrationBuilder.Sql(SqliteSearchSchema.DropSql);
            migrationBuilder.Sql(SqliteSearchSchema.CreateSql);
            migrationBuilder.Sql("DELETE FROM search_texts; DELETE FROM search_entries;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteSearchSchema.DropSql);
            migrationBuilder.Sql(AddSearchIndex.FirstFtsTableSql);
            migrationBuilder.Sql("DELETE FROM search_texts; DELETE FROM search_entries;");

            migrationBuilder.DropTable(
                name: "search_index_state");

            migrationBuilder.DropTable(
                name: "search_word_trigrams");

            migrationBuilder.DropTable(
                name: "search_words");
        }
    }
}
