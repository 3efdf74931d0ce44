using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QuestionsCountedAndConcernsKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisclosureQuestions_CaseId_DisclosureId_Number",
                table: "DisclosureQuestions");

            migrationBuilder.AddColumn<bool>(
                name: "SendsConcerns",
                table: "MeetingRequests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Questions",
                table: "FullDisclosures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // A disclosure already under way numbers its next question after those it has.
            migrationBuilder.Sql("""UPDATE "FullDisclosures" SET "Questions" = (SELECT COUNT(*) FROM "DisclosureQuestions" q WHERE q."DisclosureId" = "FullDisclosures"."Id")""");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureQuestions_CaseId_DisclosureId_Number",
                table: "DisclosureQuestions",
                columns: new[] { "CaseId", "DisclosureId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisclosureQuestions_CaseId_DisclosureId_Number",
                table: "DisclosureQuestions");

            migrationBuilder.DropColumn(
                name: "SendsConcerns",
                table: "MeetingRequests");

            migrationBuilder.DropColumn(
                name: "Questions",
                table: "FullDisclosures");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureQuestions_CaseId_DisclosureId_Number",
                table: "DisclosureQuestions",
                columns: new[] { "CaseId", "DisclosureId", "Number" });
        }
    }
}
