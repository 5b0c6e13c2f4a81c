using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddPolicyYearDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "predecessor_id",
                table: "policy_documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_generated",
                table: "policy_changes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_policy_documents_predecessor_id",
                table: "policy_documents",
                column: "predecessor_id");

            migrationBuilder.AddForeignKey(
                name: "fk_policy_documents_policy_documents_predecessor_id",
                table: "policy_documents",
                column: "predecessor_id",
                principalTable: "policy_documents",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_policy_documents_policy_documents_predecessor_id",
                table: "policy_documents");

            migrationBuilder.DropIndex(
                name: "ix_policy_documents_predecessor_id",
                table: "policy_documents");

            migrationBuilder.DropColumn(
                name: "predecessor_id",
                table: "policy_documents");

            migrationBuilder.DropColumn(
                name: "is_generated",
                table: "policy_changes");
        }
    }
}
