using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OriginalFilesImportDraftsAndSourceWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source_wording",
                table: "statements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "content_type",
                table: "source_documents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "encoding",
                table: "source_documents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "import_source_id",
                table: "policy_documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revises_document_id",
                table: "policy_documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_text",
                table: "deadlines",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "source_files",
                columns: table => new
                {
                    source_document_id = table.Column<int>(type: "integer", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_files", x => x.source_document_id);
                    table.ForeignKey(
                        name: "fk_source_files_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_policy_documents_import_source_id",
                table: "policy_documents",
                column: "import_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_documents_revises_document_id",
                table: "policy_documents",
                column: "revises_document_id");

            migrationBuilder.AddForeignKey(
                name: "fk_policy_documents_policy_documents_revises_document_id",
                table: "policy_documents",
                column: "revises_document_id",
                principalTable: "policy_documents",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_policy_documents_source_documents_import_source_id",
                table: "policy_documents",
                column: "import_source_id",
                principalTable: "source_documents",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_policy_documents_policy_documents_revises_document_id",
                table: "policy_documents");

            migrationBuilder.DropForeignKey(
                name: "fk_policy_documents_source_documents_import_source_id",
                table: "policy_documents");

            migrationBuilder.DropTable(
                name: "source_files");

            migrationBuilder.DropIndex(
                name: "ix_policy_documents_import_source_id",
                table: "policy_documents");

            migrationBuilder.DropIndex(
                name: "ix_policy_documents_revises_document_id",
                table: "policy_documents");

            migrationBuilder.DropColumn(
                name: "source_wording",
                table: "statements");

            migrationBuilder.DropColumn(
                name: "content_type",
                table: "source_documents");

            migrationBuilder.DropColumn(
                name: "encoding",
                table: "source_documents");

            migrationBuilder.DropColumn(
                name: "import_source_id",
                table: "policy_documents");

            migrationBuilder.DropColumn(
                name: "revises_document_id",
                table: "policy_documents");

            migrationBuilder.DropColumn(
                name: "source_text",
                table: "deadlines");
        }
    }
}
