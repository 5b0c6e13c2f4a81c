using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace InkoopPortal.Migrations.Postgres.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "topics",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "topics",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "topic_groups",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "topic_groups",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "topic_groups",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "statements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "statements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "statements",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "regions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "regions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "regions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "purchasers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "purchasers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "purchasers",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "purchaser_label",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "purchaser_label",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "purchaser_label",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "policy_documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "policy_documents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "predecessor_id",
                table: "policy_documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "policy_documents",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "policy_changes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "policy_changes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_generated",
                table: "policy_changes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "policy_changes",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "figures",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "figures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "figures",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "document_sections",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "document_sections",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "document_sections",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "deadlines",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "deadlines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "deadlines",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "contract_conditions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "contract_conditions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "contract_conditions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "condition_threshold",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "condition_threshold",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "condition_threshold",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "concerns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "concerns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "concerns",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "care_types",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deleted_by",
                table: "care_types",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "care_types",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "audit_entry",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    changeset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    before = table.Column<string>(type: "text", nullable: true),
                    after = table.Column<string>(type: "text", nullable: true)
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
                name: "xmin",
                table: "topics");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "topic_groups");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "topic_groups");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "topic_groups");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "statements");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "statements");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "statements");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "purchasers");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "purchasers");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "purchasers");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "purchaser_label");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "purchaser_label");

            migrationBuilder.DropColumn(
                name: "xmin",
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
                name: "xmin",
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
                name: "xmin",
                table: "policy_changes");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "figures");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "figures");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "figures");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "document_sections");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "document_sections");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "document_sections");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "deadlines");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "contract_conditions");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "contract_conditions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "contract_conditions");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "condition_threshold");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "condition_threshold");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "condition_threshold");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "care_types");

            migrationBuilder.DropColumn(
                name: "deleted_by",
                table: "care_types");

            migrationBuilder.DropColumn(
                name: "xmin",
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
