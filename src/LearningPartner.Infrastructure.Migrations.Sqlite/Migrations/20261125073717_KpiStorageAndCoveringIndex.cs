using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KpiStorageAndCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceDate",
                table: "InvoiceLines");

            migrationBuilder.AlterColumn<long>(
                name: "PriceAmount",
                table: "Orders",
                type: "INTEGER",
                precision: 19,
                scale: 4,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 19,
                oldScale: 4);

            migrationBuilder.AlterColumn<long>(
                name: "RevenueAmount",
                table: "InvoiceLines",
                type: "INTEGER",
                precision: 19,
                scale: 4,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 19,
                oldScale: 4);

            migrationBuilder.AlterColumn<long>(
                name: "KpiValue",
                table: "InvoiceLines",
                type: "INTEGER",
                precision: 19,
                scale: 4,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 19,
                oldScale: 4,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "RevenueValueAmount",
                table: "DiscrepancyCases",
                type: "INTEGER",
                precision: 19,
                scale: 4,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 19,
                oldScale: 4);

            migrationBuilder.AlterColumn<long>(
                name: "KpiValue",
                table: "DiscrepancyCases",
                type: "INTEGER",
                precision: 19,
                scale: 4,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 19,
                oldScale: 4);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_Partner_Date_Kpi",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceDate", "KpiCategory", "KpiValue", "Units" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_Partner_Date_Kpi",
                table: "InvoiceLines");

            migrationBuilder.AlterColumn<decimal>(
                name: "PriceAmount",
                table: "Orders",
                type: "TEXT",
                precision: 19,
                scale: 4,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldPrecision: 19,
                oldScale: 4);

            migrationBuilder.AlterColumn<decimal>(
                name: "RevenueAmount",
                table: "InvoiceLines",
                type: "TEXT",
                precision: 19,
                scale: 4,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldPrecision: 19,
                oldScale: 4);

            migrationBuilder.AlterColumn<decimal>(
                name: "KpiValue",
                table: "InvoiceLines",
                type: "TEXT",
                precision: 19,
                scale: 4,
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldPrecision: 19,
                oldScale: 4,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "RevenueValueAmount",
                table: "DiscrepancyCases",
                type: "TEXT",
                precision: 19,
                scale: 4,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldPrecision: 19,
                oldScale: 4);

            migrationBuilder.AlterColumn<decimal>(
                name: "KpiValue",
                table: "DiscrepancyCases",
                type: "TEXT",
                precision: 19,
                scale: 4,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldPrecision: 19,
                oldScale: 4);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceDate",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceDate" });
        }
    }
}
