using InkoopPortal.Infrastructure.Persistence.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        /// <summary>The FTS5 table as this migration made it; SearchWordsAndOwnStems reshapes it (<see cref="SqliteSearchSchema.CreateSql"/>).</summary>
        public const string FirstFtsTableSql =
            "CREATE VIRTUAL TABLE search_fts USING fts5(stems, words, tokenize = 'unicode61 remove_diacritics 0');";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    record_id = table.Column<int>(type: "INTEGER", nullable: false),
                    policy_document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    purchaser_id = table.Column<int>(type: "INTEGER", nullable: false),
                    topic_id = table.Column<int>(type: "INTEGER", nullable: true),
                    care_type_ids = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    valid_from_year = table.Column<int>(type: "INTEGER", nullable: false),
                    valid_to_year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "search_texts",
                columns: table => new
                {
                    entry_id = table.Column<long>(type: "INTEGER", nullable: false),
                    label = table.Column<string>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_texts", x => x.entry_id);
                    table.ForeignKey(
                        name: "fk_search_texts_search_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "search_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_policy_document_id",
                table: "search_entries",
                column: "policy_document_id");

            // The FTS5 table is not in the EF model (hand-written; keep it when this migration is regenerated).
            migrationBuilder.Sql(FirstFtsTableSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteSearchSchema.DropSql);

            migrationBuilder.DropTable(
                name: "search_texts");

            migrationBuilder.DropTable(
                name: "search_entries");
        }
    }
}
