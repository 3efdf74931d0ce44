using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PolygraphDayNoteAndImpactSession : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ImpactSession",
                table: "FullDisclosures",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PolygraphNote",
                table: "FullDisclosures",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PolygraphOn",
                table: "FullDisclosures",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ImpactSession",
                table: "FullDisclosures");

            migrationBuilder.DropColumn(
                name: "PolygraphNote",
                table: "FullDisclosures");

            migrationBuilder.DropColumn(
                name: "PolygraphOn",
                table: "FullDisclosures");
        }
    }
}
