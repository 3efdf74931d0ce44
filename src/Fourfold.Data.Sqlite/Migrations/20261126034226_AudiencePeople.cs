using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AudiencePeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClinicalItems_Timeline",
                table: "ClinicalItems");

            migrationBuilder.AddColumn<string>(
                name: "AudiencePersonIds",
                table: "PsychotherapyNoteVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AudiencePersonIds",
                table: "ClinicalItemVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AudiencePersonIds",
                table: "ClinicalItems",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "IX_ClinicalItems_Timeline",
                table: "ClinicalItems",
                columns: new[] { "CaseId", "Id", "Kind", "Subject", "Holder", "Author", "AudienceRoles", "AudiencePersonIds" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClinicalItems_Timeline",
                table: "ClinicalItems");

            migrationBuilder.DropColumn(
                name: "AudiencePersonIds",
                table: "PsychotherapyNoteVersions");

            migrationBuilder.DropColumn(
                name: "AudiencePersonIds",
                table: "ClinicalItemVersions");

            migrationBuilder.DropColumn(
                name: "AudiencePersonIds",
                table: "ClinicalItems");

            migrationBuilder.CreateIndex(
                name: "IX_ClinicalItems_Timeline",
                table: "ClinicalItems",
                columns: new[] { "CaseId", "Id", "Kind", "Subject", "Holder", "Author", "AudienceRoles" });
        }
    }
}
