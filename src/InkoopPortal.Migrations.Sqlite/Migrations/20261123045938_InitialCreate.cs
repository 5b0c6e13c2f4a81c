using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InkoopPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_types",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    law = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    aliases = table.Column<string>(type: "TEXT", nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "concerns",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_concerns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reference_sources",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    identifier = table.Column<string>(type: "TEXT", nullable: true),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    notes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_sources", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "source_documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    publisher = table.Column<string>(type: "TEXT", nullable: true),
                    origin = table.Column<string>(type: "TEXT", nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    introduction_markdown = table.Column<string>(type: "TEXT", nullable: true),
                    content_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    content = table.Column<string>(type: "TEXT", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "topic_groups",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_topic_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "purchasers",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    concern_id = table.Column<int>(type: "INTEGER", nullable: true),
                    website = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    aliases = table.Column<string>(type: "TEXT", nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purchasers", x => x.id);
                    table.ForeignKey(
                        name: "fk_purchasers_concerns_concern_id",
                        column: x => x.concern_id,
                        principalTable: "concerns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "topics",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    group_id = table.Column<int>(type: "INTEGER", nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_precondition = table.Column<bool>(type: "INTEGER", nullable: false),
                    guiding_questions = table.Column<string>(type: "TEXT", nullable: false),
                    aliases = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_topics", x => x.id);
                    table.ForeignKey(
                        name: "fk_topics_topic_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "topic_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "policy_documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    purchaser_id = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    valid_from_year = table.Column<int>(type: "INTEGER", nullable: false),
                    valid_to_year = table.Column<int>(type: "INTEGER", nullable: false),
                    source_url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_policy_documents_purchasers_purchaser_id",
                        column: x => x.purchaser_id,
                        principalTable: "purchasers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "purchaser_label",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    purchaser_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    website = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purchaser_label", x => x.id);
                    table.ForeignKey(
                        name: "fk_purchaser_label_purchasers_purchaser_id",
                        column: x => x.purchaser_id,
                        principalTable: "purchasers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    care_office_id = table.Column<int>(type: "INTEGER", nullable: true),
                    preferred_insurer_id = table.Column<int>(type: "INTEGER", nullable: true),
                    reference_source_id = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.id);
                    table.ForeignKey(
                        name: "fk_regions_purchasers_care_office_id",
                        column: x => x.care_office_id,
                        principalTable: "purchasers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_regions_purchasers_preferred_insurer_id",
                        column: x => x.preferred_insurer_id,
                        principalTable: "purchasers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_regions_reference_sources_reference_source_id",
                        column: x => x.reference_source_id,
                        principalTable: "reference_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "topic_care_types",
                columns: table => new
                {
                    care_types_id = table.Column<int>(type: "INTEGER", nullable: false),
                    topic_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_topic_care_types", x => new { x.care_types_id, x.topic_id });
                    table.ForeignKey(
                        name: "fk_topic_care_types_care_types_care_types_id",
                        column: x => x.care_types_id,
                        principalTable: "care_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_topic_care_types_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contract_conditions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    policy_document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", nullable: false),
                    provider_type = table.Column<string>(type: "TEXT", nullable: true),
                    care_type_id = table.Column<int>(type: "INTEGER", nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    threshold_logic = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source_document_id = table.Column<int>(type: "INTEGER", nullable: true),
                    source_location = table.Column<string>(type: "TEXT", nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contract_conditions", x => x.id);
                    table.ForeignKey(
                        name: "fk_contract_conditions_care_types_care_type_id",
                        column: x => x.care_type_id,
                        principalTable: "care_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contract_conditions_policy_documents_policy_document_id",
                        column: x => x.policy_document_id,
                        principalTable: "policy_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contract_conditions_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "deadlines",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    policy_document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    responsible = table.Column<string>(type: "TEXT", nullable: true),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    time = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    precision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    date_text = table.Column<string>(type: "TEXT", nullable: false),
                    source_location = table.Column<string>(type: "TEXT", nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deadlines", x => x.id);
                    table.ForeignKey(
                        name: "fk_deadlines_policy_documents_policy_document_id",
                        column: x => x.policy_document_id,
                        principalTable: "policy_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    policy_document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    source_document_id = table.Column<int>(type: "INTEGER", nullable: true),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    body_markdown = table.Column<string>(type: "TEXT", nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_sections_policy_documents_policy_document_id",
                        column: x => x.policy_document_id,
                        principalTable: "policy_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_document_sections_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "figures",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    policy_document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", nullable: true),
                    care_type_id = table.Column<int>(type: "INTEGER", nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    basis = table.Column<string>(type: "TEXT", nullable: true),
                    source_location = table.Column<string>(type: "TEXT", nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_figures_care_types_care_type_id",
                        column: x => x.care_type_id,
                        principalTable: "care_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_figures_policy_documents_policy_document_id",
                        column: x => x.policy_document_id,
                        principalTable: "policy_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "policy_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    policy_document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    topic_id = table.Column<int>(type: "INTEGER", nullable: true),
                    subject = table.Column<string>(type: "TEXT", nullable: true),
                    body_markdown = table.Column<string>(type: "TEXT", nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    section_reference = table.Column<string>(type: "TEXT", nullable: true),
                    source_document_id = table.Column<int>(type: "INTEGER", nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_policy_changes_policy_documents_policy_document_id",
                        column: x => x.policy_document_id,
                        principalTable: "policy_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_policy_changes_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_policy_changes_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "policy_document_care_types",
                columns: table => new
                {
                    care_types_id = table.Column<int>(type: "INTEGER", nullable: false),
                    policy_document_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_document_care_types", x => new { x.care_types_id, x.policy_document_id });
                    table.ForeignKey(
                        name: "fk_policy_document_care_types_care_types_care_types_id",
                        column: x => x.care_types_id,
                        principalTable: "care_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_policy_document_care_types_policy_documents_policy_document_id",
                        column: x => x.policy_document_id,
                        principalTable: "policy_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statements",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    policy_document_id = table.Column<int>(type: "INTEGER", nullable: false),
                    topic_id = table.Column<int>(type: "INTEGER", nullable: false),
                    care_type_id = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    body_markdown = table.Column<string>(type: "TEXT", nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    source_document_id = table.Column<int>(type: "INTEGER", nullable: true),
                    source_location = table.Column<string>(type: "TEXT", nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statements", x => x.id);
                    table.ForeignKey(
                        name: "fk_statements_care_types_care_type_id",
                        column: x => x.care_type_id,
                        principalTable: "care_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_statements_policy_documents_policy_document_id",
                        column: x => x.policy_document_id,
                        principalTable: "policy_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_statements_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_statements_topics_topic_id",
                        column: x => x.topic_id,
                        principalTable: "topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "condition_threshold",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    contract_condition_id = table.Column<int>(type: "INTEGER", nullable: false),
                    metric = table.Column<string>(type: "TEXT", nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "TEXT", maxLength: 40, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source_text = table.Column<string>(type: "TEXT", nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_condition_threshold", x => x.id);
                    table.ForeignKey(
                        name: "fk_condition_threshold_contract_conditions_contract_condition_id",
                        column: x => x.contract_condition_id,
                        principalTable: "contract_conditions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_care_types_slug",
                table: "care_types",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_concerns_slug",
                table: "concerns",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_condition_threshold_contract_condition_id",
                table: "condition_threshold",
                column: "contract_condition_id");

            migrationBuilder.CreateIndex(
                name: "ix_contract_conditions_care_type_id",
                table: "contract_conditions",
                column: "care_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_contract_conditions_policy_document_id",
                table: "contract_conditions",
                column: "policy_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_contract_conditions_source_document_id",
                table: "contract_conditions",
                column: "source_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_deadlines_date",
                table: "deadlines",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_deadlines_policy_document_id",
                table: "deadlines",
                column: "policy_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_sections_policy_document_id",
                table: "document_sections",
                column: "policy_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_sections_source_document_id",
                table: "document_sections",
                column: "source_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_figures_care_type_id",
                table: "figures",
                column: "care_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_figures_policy_document_id",
                table: "figures",
                column: "policy_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_changes_policy_document_id",
                table: "policy_changes",
                column: "policy_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_changes_source_document_id",
                table: "policy_changes",
                column: "source_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_changes_topic_id",
                table: "policy_changes",
                column: "topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_document_care_types_policy_document_id",
                table: "policy_document_care_types",
                column: "policy_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_documents_purchaser_id",
                table: "policy_documents",
                column: "purchaser_id");

            migrationBuilder.CreateIndex(
                name: "ix_policy_documents_valid_from_year_valid_to_year",
                table: "policy_documents",
                columns: new[] { "valid_from_year", "valid_to_year" });

            migrationBuilder.CreateIndex(
                name: "ix_purchaser_label_purchaser_id",
                table: "purchaser_label",
                column: "purchaser_id");

            migrationBuilder.CreateIndex(
                name: "ix_purchasers_concern_id",
                table: "purchasers",
                column: "concern_id");

            migrationBuilder.CreateIndex(
                name: "ix_purchasers_slug",
                table: "purchasers",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reference_sources_slug",
                table: "reference_sources",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regions_care_office_id",
                table: "regions",
                column: "care_office_id");

            migrationBuilder.CreateIndex(
                name: "ix_regions_preferred_insurer_id",
                table: "regions",
                column: "preferred_insurer_id");

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
                name: "ix_source_documents_content_sha256",
                table: "source_documents",
                column: "content_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_statements_care_type_id",
                table: "statements",
                column: "care_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_statements_policy_document_id_topic_id_care_type_id",
                table: "statements",
                columns: new[] { "policy_document_id", "topic_id", "care_type_id" });

            migrationBuilder.CreateIndex(
                name: "ix_statements_source_document_id",
                table: "statements",
                column: "source_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_statements_topic_id",
                table: "statements",
                column: "topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_topic_care_types_topic_id",
                table: "topic_care_types",
                column: "topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_topic_groups_slug",
                table: "topic_groups",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_topics_group_id",
                table: "topics",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_topics_slug",
                table: "topics",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "condition_threshold");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "deadlines");

            migrationBuilder.DropTable(
                name: "document_sections");

            migrationBuilder.DropTable(
                name: "figures");

            migrationBuilder.DropTable(
                name: "policy_changes");

            migrationBuilder.DropTable(
                name: "policy_document_care_types");

            migrationBuilder.DropTable(
                name: "purchaser_label");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "statements");

            migrationBuilder.DropTable(
                name: "topic_care_types");

            migrationBuilder.DropTable(
                name: "contract_conditions");

            migrationBuilder.DropTable(
                name: "reference_sources");

            migrationBuilder.DropTable(
                name: "topics");

            migrationBuilder.DropTable(
                name: "care_types");

            migrationBuilder.DropTable(
                name: "policy_documents");

            migrationBuilder.DropTable(
                name: "source_documents");

            migrationBuilder.DropTable(
                name: "topic_groups");

            migrationBuilder.DropTable(
                name: "purchasers");

            migrationBuilder.DropTable(
                name: "concerns");
        }
    }
}
