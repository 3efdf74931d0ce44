using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Requester = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Therapist = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AskedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PartnerAnsweredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    PartnerAnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TherapistAnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClientAttends = table.Column<bool>(type: "boolean", nullable: false),
                    Session = table.Column<Guid>(type: "uuid", nullable: true),
                    Preparation = table.Column<Guid>(type: "uuid", nullable: false),
                    Answers = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
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
