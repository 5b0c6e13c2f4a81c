using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Postgres.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "page_count",
                table: "source_documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "policy_changes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "figures",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "document_sections",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "deadlines",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_page",
                table: "contract_conditions",
                type: "integer",
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
