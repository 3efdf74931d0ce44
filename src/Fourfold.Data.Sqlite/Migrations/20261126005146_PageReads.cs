using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PageReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_ItemId_Sequence",
                table: "AuditEvents");

            migrationBuilder.AddColumn<string>(
                name: "Items",
                table: "AuditEvents",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AuditItemReads",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditItemReads", x => new { x.ItemId, x.Sequence });
                });

            migrationBuilder.Sql("""
                INSERT INTO "AuditItemReads" ("ItemId", "Sequence")
                SELECT "ItemId", "Sequence" FROM "AuditEvents"
                WHERE "Action" = 'ReadItem' AND "Outcome" = 'Succeeded' AND "ItemId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_item_reads_no_update BEFORE UPDATE ON "AuditItemReads"
                BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_item_reads_no_delete BEFORE DELETE ON "AuditItemReads"
                BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_item_reads_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_item_reads_no_delete;");

            migrationBuilder.DropTable(
                name: "AuditItemReads");

            migrationBuilder.DropColumn(
                name: "Items",
                table: "AuditEvents");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ItemId_Sequence",
                table: "AuditEvents",
                columns: new[] { "ItemId", "Sequence" });
        }
    }
}
