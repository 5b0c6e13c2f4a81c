using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddContentVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    token = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_versions", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "content_versions",
                columns: new[] { "id", "changed_at", "token" },
                values: new object[] { 1, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("6b1f0c0e-3d1e-4c55-9c4e-000000000001") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_versions");
        }
    }
}
