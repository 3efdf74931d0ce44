using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeetingRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeetingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Requester = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Therapist = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AskedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PartnerAnsweredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartnerAnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TherapistAnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClientAttends = table.Column<bool>(type: "INTEGER", nullable: false),
                    Session = table.Column<Guid>(type: "TEXT", nullable: true),
                    Preparation = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_ClinicalItems_Preparation",
                        column: x => x.Preparation,
                        principalTable: "ClinicalItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_CaseId_Status",
                table: "MeetingRequests",
                columns: new[] { "CaseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_Preparation",
                table: "MeetingRequests",
                column: "Preparation");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingRequests");
        }
    }
}
