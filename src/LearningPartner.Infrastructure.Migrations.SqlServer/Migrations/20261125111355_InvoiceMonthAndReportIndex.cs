using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InvoiceMonthAndReportIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_Partner_Date_Kpi",
                table: "InvoiceLines");

            migrationBuilder.AddColumn<int>(
                name: "InvoiceMonth",
                table: "InvoiceLines",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Lines recorded before this migration get their month key (yyyymm) from their invoice date.
            migrationBuilder.Sql("UPDATE [InvoiceLines] SET [InvoiceMonth] = YEAR([InvoiceDate]) * 100 + MONTH([InvoiceDate]);");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_Partner_Month_Kpi",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceMonth", "OmlpType", "KpiCategory", "RevenueCurrency", "KpiValue", "Units", "RevenueAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceDate",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_Partner_Month_Kpi",
                table: "InvoiceLines");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceDate",
                table: "InvoiceLines");

            migrationBuilder.DropColumn(
                name: "InvoiceMonth",
                table: "InvoiceLines");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_Partner_Date_Kpi",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceDate", "KpiCategory", "KpiValue", "Units" });
        }
    }
}
