using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
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

            migrationBuilder.AddColumn<List<Guid>>(
                name: "AudiencePersonIds",
                table: "PsychotherapyNoteVersions",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.AddColumn<List<Guid>>(
                name: "AudiencePersonIds",
                table: "ClinicalItemVersions",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.AddColumn<List<Guid>>(
                name: "AudiencePersonIds",
                table: "ClinicalItems",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

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
