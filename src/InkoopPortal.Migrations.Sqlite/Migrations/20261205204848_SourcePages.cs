using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SourcePages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "statements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "page_count",
                table: "source_documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "policy_changes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "figures",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "document_sections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "deadlines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "contract_conditions",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "source_page",
                table: "statements");

            migrationBuilder.DropColumn(
                name: "page_count",
                table: "source_documents");

            migrationBuilder.DropColumn(
                name: "source_page",
                table: "policy_changes");

            migrationBuilder.DropColumn(
                name: "source_page",
                table: "figures");

            migrationBuilder.DropColumn(
                name: "source_page",
                table: "document_sections");

            migrationBuilder.DropColumn(
                name: "source_page",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "source_page",
                table: "contract_conditions");
        }
    }
}
