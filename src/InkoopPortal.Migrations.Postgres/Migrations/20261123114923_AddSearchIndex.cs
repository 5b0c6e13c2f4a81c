using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace InkoopPortal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    record_id = table.Column<int>(type: "integer", nullable: false),
                    policy_document_id = table.Column<int>(type: "integer", nullable: false),
                    purchaser_id = table.Column<int>(type: "integer", nullable: false),
                    topic_id = table.Column<int>(type: "integer", nullable: true),
                    care_type_ids = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    valid_from_year = table.Column<int>(type: "integer", nullable: false),
                    valid_to_year = table.Column<int>(type: "integer", nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false),
                    years = table.Column<int[]>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_entries", x => x.id);
                })
                .Annotation("Npgsql:StorageParameter:toast_tuple_target", 8160);

            migrationBuilder.CreateTable(
                name: "search_texts",
                columns: table => new
                {
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    label = table.Column<string>(type: "text", nullable: true),
                    text = table.Column<string>(type: "text", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_search_vector_years",
                table: "search_entries",
                columns: new[] { "search_vector", "years" })
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "search_texts");

            migrationBuilder.DropTable(
                name: "search_entries");
        }
    }
}
