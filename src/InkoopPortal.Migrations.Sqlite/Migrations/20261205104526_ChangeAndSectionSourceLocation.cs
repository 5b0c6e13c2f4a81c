using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChangeAndSectionSourceLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source_location",
                table: "policy_changes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_location",
                table: "document_sections",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "source_location",
                table: "policy_changes");

            migrationBuilder.DropColumn(
                name: "source_location",
                table: "document_sections");
        }
    }
}
