using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchWordsAndOwnStems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "search_index_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    analyzer_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_index_state", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "search_words",
                columns: table => new
                {
                    word = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    stem = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    trigram_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_words", x => x.word);
                });

            migrationBuilder.CreateIndex(
                name: "ix_search_words_stem",
                table: "search_words",
                column: "stem");

            migrationBuilder.CreateIndex(
                name: "ix_search_words_word_trgm",
                table: "search_words",
                column: "word")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "search_index_state");

            migrationBuilder.DropTable(
                name: "search_words");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
