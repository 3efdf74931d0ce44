using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClinicalItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClinicalItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AudienceRoles = table.Column<int[]>(type: "integer[]", nullable: false),
                    AssessmentUsed = table.Column<string>(type: "character varying(740)", maxLength: 740, nullable: true),
                    IndividualSessionWith = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PolicyInForce = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Holder = table.Column<Guid>(type: "uuid", nullable: false),
                    Author = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(953)", maxLength: 953, nullable: false),
                    Body = table.Column<string>(type: "character varying(106766)", maxLength: 106766, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastEditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicalItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClinicalItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PsychotherapyNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Holder = table.Column<Guid>(type: "uuid", nullable: false),
                    Author = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(953)", maxLength: 953, nullable: false),
                    Body = table.Column<string>(type: "character varying(106766)", maxLength: 106766, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastEditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsychotherapyNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsychotherapyNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClinicalItemVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EditedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Title = table.Column<string>(type: "character varying(953)", maxLength: 953, nullable: false),
                    Body = table.Column<string>(type: "character varying(106766)", maxLength: 106766, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessmentUsed = table.Column<string>(type: "character varying(740)", maxLength: 740, nullable: true),
                    AudienceRoles = table.Column<int[]>(type: "integer[]", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicalItemVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClinicalItemVersions_ClinicalItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "ClinicalItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PsychotherapyNoteVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EditedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Title = table.Column<string>(type: "character varying(953)", maxLength: 953, nullable: false),
                    Body = table.Column<string>(type: "character varying(106766)", maxLength: 106766, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessmentUsed = table.Column<string>(type: "character varying(740)", maxLength: 740, nullable: true),
                    AudienceRoles = table.Column<int[]>(type: "integer[]", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsychotherapyNoteVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsychotherapyNoteVersions_PsychotherapyNotes_ItemId",
                        column: x => x.ItemId,
                        principalTable: "PsychotherapyNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClinicalItems_CaseId_Id",
                table: "ClinicalItems",
                columns: new[] { "CaseId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ClinicalItemVersions_ItemId",
                table: "ClinicalItemVersions",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PsychotherapyNotes_CaseId_Holder_Id",
                table: "PsychotherapyNotes",
                columns: new[] { "CaseId", "Holder", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PsychotherapyNoteVersions_ItemId",
                table: "PsychotherapyNoteVersions",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClinicalItemVersions");

            migrationBuilder.DropTable(
                name: "PsychotherapyNoteVersions");

            migrationBuilder.DropTable(
                name: "ClinicalItems");

            migrationBuilder.DropTable(
                name: "PsychotherapyNotes");
        }
    }
}
