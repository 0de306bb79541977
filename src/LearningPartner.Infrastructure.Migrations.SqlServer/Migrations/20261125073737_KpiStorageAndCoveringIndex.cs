using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
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

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceDate",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceDate" });
        }
    }
}
