using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HeldInvoicesAndImportCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AlreadyRecordedRows",
                table: "InvoiceImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ConflictRows",
                table: "InvoiceImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NewRows",
                table: "InvoiceImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RejectedRows",
                table: "InvoiceImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "HeldInvoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnerOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    InvoiceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OmlpType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DocumentStorageKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PendingKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    RevenueAmount = table.Column<long>(type: "INTEGER", precision: 19, scale: 4, nullable: false),
                    RevenueCurrency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeldInvoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeldInvoices_PartnerOrganisations_PartnerOrganisationId",
                        column: x => x.PartnerOrganisationId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceImportRows_ImportId_Outcome",
                table: "InvoiceImportRows",
                columns: new[] { "ImportId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_HeldInvoices_PartnerOrganisationId_SubmittedAt",
                table: "HeldInvoices",
                columns: new[] { "PartnerOrganisationId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HeldInvoices_PendingKey",
                table: "HeldInvoices",
                column: "PendingKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HeldInvoices_Status_SubmittedAt",
                table: "HeldInvoices",
                columns: new[] { "Status", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HeldInvoices");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceImportRows_ImportId_Outcome",
                table: "InvoiceImportRows");

            migrationBuilder.DropColumn(
                name: "AlreadyRecordedRows",
                table: "InvoiceImports");

            migrationBuilder.DropColumn(
                name: "ConflictRows",
                table: "InvoiceImports");

            migrationBuilder.DropColumn(
                name: "NewRows",
                table: "InvoiceImports");

            migrationBuilder.DropColumn(
                name: "RejectedRows",
                table: "InvoiceImports");
        }
    }
}
