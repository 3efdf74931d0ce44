using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FullDisclosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FullDisclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Place = table.Column<string>(type: "text", nullable: false),
                    InPerson = table.Column<bool>(type: "boolean", nullable: false),
                    SupportPerson = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PolygraphTiming = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PolygraphExaminer = table.Column<string>(type: "text", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Drafts = table.Column<int>(type: "integer", nullable: false),
                    DraftsSentBack = table.Column<int>(type: "integer", nullable: false),
                    ApprovedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReadinessConfirmedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReadinessConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Session = table.Column<Guid>(type: "uuid", nullable: true),
                    Polygraph = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FullDisclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FullDisclosures_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisclosureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    PassedOnBy = table.Column<Guid>(type: "uuid", nullable: true),
                    PassedOnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureQuestions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisclosureQuestions_ClinicalItems_Id",
                        column: x => x.Id,
                        principalTable: "ClinicalItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisclosureQuestions_FullDisclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "FullDisclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FullDisclosureSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    By = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    DisclosureId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FullDisclosureSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FullDisclosureSteps_FullDisclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "FullDisclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WrittenDisclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisclosureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Answers = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenDisclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenDisclosures_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WrittenDisclosures_ClinicalItems_Id",
                        column: x => x.Id,
                        principalTable: "ClinicalItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WrittenDisclosures_FullDisclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "FullDisclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureQuestions_CaseId_DisclosureId_Number",
                table: "DisclosureQuestions",
                columns: new[] { "CaseId", "DisclosureId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureQuestions_DisclosureId",
                table: "DisclosureQuestions",
                column: "DisclosureId");

            migrationBuilder.CreateIndex(
                name: "IX_FullDisclosures_CaseId_Stage",
                table: "FullDisclosures",
                columns: new[] { "CaseId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_FullDisclosureSteps_DisclosureId_Number",
                table: "FullDisclosureSteps",
                columns: new[] { "DisclosureId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WrittenDisclosures_CaseId_DisclosureId_Number",
                table: "WrittenDisclosures",
                columns: new[] { "CaseId", "DisclosureId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_WrittenDisclosures_DisclosureId",
                table: "WrittenDisclosures",
                column: "DisclosureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisclosureQuestions");

            migrationBuilder.DropTable(
                name: "FullDisclosureSteps");

            migrationBuilder.DropTable(
                name: "WrittenDisclosures");

            migrationBuilder.DropTable(
                name: "FullDisclosures");
        }
    }
}
