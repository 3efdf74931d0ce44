using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AuditItemReads",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditItemReads", x => new { x.ItemId, x.Sequence });
                });

            migrationBuilder.Sql("""
                INSERT INTO "AuditItemReads" ("ItemId", "Sequence")
                SELECT "ItemId", "Sequence" FROM "AuditEvents"
                WHERE "Action" = 'ReadItem' AND "Outcome" = 'Succeeded' AND "ItemId" IS NOT NULL;
                CREATE TRIGGER audit_item_reads_append_only BEFORE UPDATE OR DELETE ON "AuditItemReads"
                    FOR EACH ROW EXECUTE FUNCTION fourfold_audit_is_append_only();
                CREATE TRIGGER audit_item_reads_no_truncate BEFORE TRUNCATE ON "AuditItemReads"
                    FOR EACH STATEMENT EXECUTE FUNCTION fourfold_audit_is_append_only();
                REVOKE UPDATE, DELETE, TRUNCATE ON "AuditItemReads" FROM PUBLIC;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_item_reads_append_only ON "AuditItemReads";
                DROP TRIGGER IF EXISTS audit_item_reads_no_truncate ON "AuditItemReads";
                """);

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
