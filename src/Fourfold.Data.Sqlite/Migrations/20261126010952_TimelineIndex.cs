using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TimelineIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClinicalItems_CaseId_Id",
                table: "ClinicalItems");

            migrationBuilder.CreateIndex(
                name: "IX_ClinicalItems_Timeline",
                table: "ClinicalItems",
                columns: new[] { "CaseId", "Id", "Kind", "Subject", "Holder", "Author", "AudienceRoles" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClinicalItems_Timeline",
                table: "ClinicalItems");

            migrationBuilder.CreateIndex(
                name: "IX_ClinicalItems_CaseId_Id",
                table: "ClinicalItems",
                columns: new[] { "CaseId", "Id" });
        }
    }
}
