using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PolicyYearDraftsAndContentHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_topics_slug",
                table: "topics");

            migrationBuilder.DropIndex(
                name: "ix_topic_groups_slug",
                table: "topic_groups");

            migrationBuilder.DropIndex(
                name: "ix_regions_reference_source_id_number",
                table: "regions");

            migrationBuilder.DropIndex(
                name: "ix_regions_slug",
                table: "regions");

            migrationBuilder.DropIndex(
                name: "ix_purchasers_slug",
                table: "purchasers");

            migrationBuilder.DropIndex(
                name: "ix_concerns_slug",
                table: "concerns");

            migrationBuilder.DropIndex(
                name: "ix_care_types_slug",
                table: "care_types");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "topics",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "topics",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "topics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "topic_groups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "topic_groups",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "topic_groups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "statements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "statements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "statements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "regions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "regions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "purchasers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "purchasers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "purchasers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "purchaser_label",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "purchaser_label",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "purchaser_label",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "policy_documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "policy_documents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "predecessor_id",
                table: "policy_documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "policy_documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "policy_changes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "policy_changes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_generated",
                table: "policy_changes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "policy_changes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "figures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "figures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "figures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "document_sections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "document_sections",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "document_sections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "deadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "deadlines",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "contract_conditions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "contract_conditions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "contract_conditions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "condition_threshold",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "condition_threshold",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "condition_threshold",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "concerns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "concerns",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "concerns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "care_types",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "care_types",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "row_version",
                table: "care_types",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "audit_entry",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    changeset_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entity_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    entity_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entry", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_topics_slug",
                table: "topics",
                column: "slug",
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_topic_groups_slug",
                table: "topic_groups",
                column: "slug",
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_regions_reference_source_id_number",
                table: "regions",
                columns: new[] { "reference_source_id", "number" },
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_regions_slug",
                table: "regions",
                column: "slug",
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_purchasers_slug",
                table: "purchasers",
                column: "slug",
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_policy_documents_predecessor_id",
                table: "policy_documents",
                column: "predecessor_id");

            migrationBuilder.CreateIndex(
                name: "ix_concerns_slug",
                table: "concerns",
                column: "slug",
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_care_types_slug",
                table: "care_types",
                column: "slug",
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entry_changeset_id",
                table: "audit_entry",
                column: "changeset_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entry_entity_type_entity_key",
                table: "audit_entry",
                columns: new[] { "entity_type", "entity_key" });

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

            migrationBuilder.DropTable(
                name: "audit_entry");

            migrationBuilder.DropIndex(
                name: "ix_topics_slug",
                table: "topics");

            migrationBuilder.DropIndex(
                name: "ix_topic_groups_slug",
                table: "topic_groups");

            migrationBuilder.DropIndex(
                name: "ix_regions_reference_source_id_number",
                table: "regions");

            migrationBuilder.DropIndex(
                name: "ix_regions_slug",
                table: "regions");

            migrationBuilder.DropIndex(
                name: "ix_purchasers_slug",
                table: "purchasers");

            migrationBuilder.DropIndex(
                name: "ix_policy_documents_predecessor_id",
                table: "policy_documents");

            migrationBuilder.DropIndex(
                name: "ix_concerns_slug",
                table: "concerns");

            migrationBuilder.DropIndex(
                name: "ix_care_types_slug",
                table: "care_types");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "topics");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "topics");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "topics");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "topic_groups");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "topic_groups");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "topic_groups");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "statements");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "statements");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "statements");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "purchasers");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "purchasers");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "purchasers");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "purchaser_label");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "purchaser_label");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "purchaser_label");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "policy_documents");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "policy_documents");

            migrationBuilder.DropColumn(
                name: "predecessor_id",
                table: "policy_documents");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "policy_documents");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "policy_changes");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "policy_changes");

            migrationBuilder.DropColumn(
                name: "is_generated",
                table: "policy_changes");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "policy_changes");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "figures");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "figures");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "figures");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "document_sections");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "document_sections");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "document_sections");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "contract_conditions");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "contract_conditions");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "contract_conditions");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "condition_threshold");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "condition_threshold");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "condition_threshold");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "care_types");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "care_types");

            migrationBuilder.DropColumn(
                name: "row_version",
                table: "care_types");

            migrationBuilder.CreateIndex(
                name: "ix_topics_slug",
                table: "topics",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_topic_groups_slug",
                table: "topic_groups",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regions_reference_source_id_number",
                table: "regions",
                columns: new[] { "reference_source_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regions_slug",
                table: "regions",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_purchasers_slug",
                table: "purchasers",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_concerns_slug",
                table: "concerns",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_care_types_slug",
                table: "care_types",
                column: "slug",
                unique: true);
        }
    }
}
