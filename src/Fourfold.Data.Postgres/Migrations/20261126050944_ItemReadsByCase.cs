using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fourfold.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ItemReadsByCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A page read's rows are written next to each other once keyed by case. The case of each row is the one its
            // event records; a row whose event names no case cannot be a read of an item and is not carried over.
            // The new table takes the key's name, which PostgreSQL holds as an index name.
            migrationBuilder.DropPrimaryKey(name: "PK_AuditItemReads", table: "AuditItemReads");

            migrationBuilder.CreateTable(
                name: "AuditItemReadsByCase",
                columns: table => new
                {
                    AuditedCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                },
                constraints: table => table.PrimaryKey("PK_AuditItemReads", x => new { x.AuditedCaseId, x.ItemId, x.Sequence }));

            migrationBuilder.Sql(
                """
                INSERT INTO "AuditItemReadsByCase" ("AuditedCaseId", "ItemId", "Sequence")
                SELECT e."AuditedCaseId", r."ItemId", r."Sequence"
                FROM "AuditItemReads" AS r
                JOIN "AuditEvents" AS e ON e."Sequence" = r."Sequence"
                WHERE e."AuditedCaseId" IS NOT NULL
                ORDER BY 1, 2, 3;
                """);

            migrationBuilder.DropTable(name: "AuditItemReads");

            migrationBuilder.RenameTable(name: "AuditItemReadsByCase", newName: "AuditItemReads");

            migrationBuilder.Sql("""
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
            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditItemReads",
                table: "AuditItemReads");

            migrationBuilder.DropColumn(
                name: "AuditedCaseId",
                table: "AuditItemReads");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditItemReads",
                table: "AuditItemReads",
                columns: new[] { "ItemId", "Sequence" });
        }
    }
}
