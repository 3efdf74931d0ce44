using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LongerEncryptedPurpose : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
