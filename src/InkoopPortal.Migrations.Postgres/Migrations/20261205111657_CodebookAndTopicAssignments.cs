using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace InkoopPortal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CodebookAndTopicAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "covers",
                table: "topics",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "topics",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "key_terms",
                table: "topics",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());

            migrationBuilder.AddColumn<string>(
                name: "generated_summary",
                table: "statements",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "role",
                table: "document_sections",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Body");

            migrationBuilder.AddColumn<string>(
                name: "role_reason",
                table: "document_sections",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "topic_assignments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    policy_document_id = table.Column<int>(type: "integer", nullable: false),
                    document_section_id = table.Column<int>(type: "integer", nullable: false),
                    first_paragraph = table.Column<int>(type: "integer", nullable: true),
                    last_paragraph = table.Column<int>(type: "integer", nullable: true),
                    topic_id = table.Column<int>(type: "integer", nullable: true),
                    score = table.Column<double>(type: "double precision", nullable: true),
                    reasons = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: true),
                    confirmed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_topic_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_topic_assignments_document_sections_document_section_id",
                        column: x => x.document_section_id,
                        principalTable: "document_sections",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_topic_assignments_policy_documents_policy_document_id",
                        column: x => x.policy_document_id,
                        principalTable: "policy_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_topic_assignments_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_topic_assignments_document_section_id",
                table: "topic_assignments",
                column: "document_section_id");

            migrationBuilder.CreateIndex(
                name: "ix_topic_assignments_policy_document_id_topic_id",
                table: "topic_assignments",
                columns: new[] { "policy_document_id", "topic_id" });

            migrationBuilder.CreateIndex(
                name: "ix_topic_assignments_topic_id",
                table: "topic_assignments",
                column: "topic_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "topic_assignments");

            migrationBuilder.DropColumn(
                name: "covers",
                table: "topics");

            migrationBuilder.DropColumn(
                name: "description",
                table: "topics");

            migrationBuilder.DropColumn(
                name: "key_terms",
                table: "topics");

            migrationBuilder.DropColumn(
                name: "generated_summary",
                table: "statements");

            migrationBuilder.DropColumn(
                name: "role",
                table: "document_sections");

            migrationBuilder.DropColumn(
                name: "role_reason",
                table: "document_sections");
        }
    }
}
