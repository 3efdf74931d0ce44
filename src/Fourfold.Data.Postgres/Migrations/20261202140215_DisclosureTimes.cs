using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HappenedAt",
                table: "Disclosures",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ToldAt",
                table: "Disclosures",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HappenedAt",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "ToldAt",
                table: "Disclosures");
        }
    }
}
