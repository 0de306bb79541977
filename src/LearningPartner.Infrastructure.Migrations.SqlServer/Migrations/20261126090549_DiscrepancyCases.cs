using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DiscrepancyCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_Partner_Month_Kpi",
                table: "InvoiceLines");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceDate",
                table: "InvoiceLines");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceNumber_LineNumber",
                table: "InvoiceLines");

            migrationBuilder.DropIndex(
                name: "IX_DiscrepancyCases_PartnerOrganisationId_Status",
                table: "DiscrepancyCases");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SupersededAt",
                table: "InvoiceLines",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SupersedesId",
                table: "InvoiceLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "SubmittedBy",
                table: "DiscrepancyCases",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Resolution",
                table: "DiscrepancyCases",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Description",
                table: "DiscrepancyCases",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AlterColumn<string>(
                name: "AssignedTo",
                table: "DiscrepancyCases",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CorrectedLineId",
                table: "DiscrepancyCases",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceFileName",
                table: "DiscrepancyCases",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceStorageKey",
                table: "DiscrepancyCases",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "KpiChange",
                table: "DiscrepancyCases",
                type: "decimal(19,4)",
                precision: 19,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastChangedAt",
                table: "DiscrepancyCases",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ResolvedAt",
                table: "DiscrepancyCases",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedBy",
                table: "DiscrepancyCases",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DiscrepancyCaseMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DiscrepancyCaseId = table.Column<int>(type: "int", nullable: false),
                    Author = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    FromPartner = table.Column<bool>(type: "bit", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DocumentFileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    DocumentStorageKey = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscrepancyCaseMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscrepancyCaseMessages_DiscrepancyCases_DiscrepancyCaseId",
                        column: x => x.DiscrepancyCaseId,
                        principalTable: "DiscrepancyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnerNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PartnerOrganisationId = table.Column<int>(type: "int", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Recipients = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EmailedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerNotifications_PartnerOrganisations_PartnerOrganisationId",
                        column: x => x.PartnerOrganisationId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_Partner_Month_Kpi",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceMonth", "OmlpType", "KpiCategory", "RevenueCurrency", "KpiValue", "Units", "RevenueAmount", "SupersededAt" },
                filter: "SupersededAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceDate",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceDate" },
                filter: "SupersededAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceNumber_LineNumber",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceNumber", "LineNumber" },
                unique: true,
                filter: "SupersededAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_Superseded",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceNumber" },
                filter: "SupersededAt IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_SupersedesId",
                table: "InvoiceLines",
                column: "SupersedesId",
                unique: true,
                filter: "SupersedesId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DiscrepancyCases_CorrectedLineId",
                table: "DiscrepancyCases",
                column: "CorrectedLineId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscrepancyCases_PartnerOrganisationId_SubmittedAt",
                table: "DiscrepancyCases",
                columns: new[] { "PartnerOrganisationId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscrepancyCaseMessages_DiscrepancyCaseId",
                table: "DiscrepancyCaseMessages",
                column: "DiscrepancyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerNotifications_EmailedAt",
                table: "PartnerNotifications",
                column: "EmailedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerNotifications_PartnerOrganisationId_CreatedAt",
                table: "PartnerNotifications",
                columns: new[] { "PartnerOrganisationId", "CreatedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_DiscrepancyCases_InvoiceLines_CorrectedLineId",
                table: "DiscrepancyCases",
                column: "CorrectedLineId",
                principalTable: "InvoiceLines",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DiscrepancyCases_InvoiceLines_CorrectedLineId",
                table: "DiscrepancyCases");

            migrationBuilder.DropTable(
                name: "DiscrepancyCaseMessages");

            migrationBuilder.DropTable(
                name: "PartnerNotifications");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_Partner_Month_Kpi",
                table: "InvoiceLines");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceDate",
                table: "InvoiceLines");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceNumber_LineNumber",
                table: "InvoiceLines");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_Superseded",
                table: "InvoiceLines");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_SupersedesId",
                table: "InvoiceLines");

            migrationBuilder.DropIndex(
                name: "IX_DiscrepancyCases_CorrectedLineId",
                table: "DiscrepancyCases");

            migrationBuilder.DropIndex(
                name: "IX_DiscrepancyCases_PartnerOrganisationId_SubmittedAt",
                table: "DiscrepancyCases");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "InvoiceLines");

            migrationBuilder.DropColumn(
                name: "SupersedesId",
                table: "InvoiceLines");

            migrationBuilder.DropColumn(
                name: "CorrectedLineId",
                table: "DiscrepancyCases");

            migrationBuilder.DropColumn(
                name: "EvidenceFileName",
                table: "DiscrepancyCases");

            migrationBuilder.DropColumn(
                name: "EvidenceStorageKey",
                table: "DiscrepancyCases");

            migrationBuilder.DropColumn(
                name: "KpiChange",
                table: "DiscrepancyCases");

            migrationBuilder.DropColumn(
                name: "LastChangedAt",
                table: "DiscrepancyCases");

            migrationBuilder.DropColumn(
                name: "ResolvedAt",
                table: "DiscrepancyCases");

            migrationBuilder.DropColumn(
                name: "ResolvedBy",
                table: "DiscrepancyCases");

            migrationBuilder.AlterColumn<string>(
                name: "SubmittedBy",
                table: "DiscrepancyCases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(300)",
                oldMaxLength: 300);

            migrationBuilder.AlterColumn<string>(
                name: "Resolution",
                table: "DiscrepancyCases",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Description",
                table: "DiscrepancyCases",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AssignedTo",
                table: "DiscrepancyCases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(300)",
                oldMaxLength: 300,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_Partner_Month_Kpi",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceMonth", "OmlpType", "KpiCategory", "RevenueCurrency", "KpiValue", "Units", "RevenueAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceDate",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceDate" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_PartnerId_InvoiceNumber_LineNumber",
                table: "InvoiceLines",
                columns: new[] { "PartnerId", "InvoiceNumber", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiscrepancyCases_PartnerOrganisationId_Status",
                table: "DiscrepancyCases",
                columns: new[] { "PartnerOrganisationId", "Status" });
        }
    }
}
