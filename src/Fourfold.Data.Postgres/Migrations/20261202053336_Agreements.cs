using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Agreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ProposedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AgreedVersion = table.Column<int>(type: "integer", nullable: true),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewRemindedVersion = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Agreements_ClinicalItems_Id",
                        column: x => x.Id,
                        principalTable: "ClinicalItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementTurns",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Move = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    By = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Tier = table.Column<int>(type: "integer", nullable: true),
                    TellWhom = table.Column<int[]>(type: "integer[]", nullable: false),
                    WithinHours = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementTurns", x => new { x.AgreementId, x.Number });
                    table.ForeignKey(
                        name: "FK_AgreementTurns_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    HappenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ToldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Told = table.Column<int[]>(type: "integer[]", nullable: false),
                    Timeliness = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disclosures_Agreements_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosures_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Disclosures_ClinicalItems_Id",
                        column: x => x.Id,
                        principalTable: "ClinicalItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_CaseId_Status",
                table: "Agreements",
                columns: new[] { "CaseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_ReviewOn",
                table: "Agreements",
                column: "ReviewOn");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_CaseId_HappenedOn",
                table: "Disclosures",
                columns: new[] { "CaseId", "HappenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_CommitmentId",
                table: "Disclosures",
                column: "CommitmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementTurns");

            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "Agreements");
        }
    }
}
