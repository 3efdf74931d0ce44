using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AudienceRoles = table.Column<string>(type: "TEXT", nullable: false),
                    AssessmentUsed = table.Column<string>(type: "TEXT", maxLength: 740, nullable: true),
                    IndividualSessionWith = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PolicyInForce = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Holder = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 953, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 106766, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastEditedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Holder = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 953, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 106766, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastEditedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    EditedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 953, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 106766, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssessmentUsed = table.Column<string>(type: "TEXT", maxLength: 740, nullable: true),
                    AudienceRoles = table.Column<string>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    EditedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 953, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 106766, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssessmentUsed = table.Column<string>(type: "TEXT", maxLength: 740, nullable: true),
                    AudienceRoles = table.Column<string>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false)
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
