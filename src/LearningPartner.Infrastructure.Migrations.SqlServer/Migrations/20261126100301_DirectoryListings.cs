using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryListings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectoryListings_PartnerOrganisationId_Status",
                table: "DirectoryListings");

            migrationBuilder.AlterColumn<string>(
                name: "ReviewedBy",
                table: "DirectoryListings",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "RequestedBy",
                table: "DirectoryListings",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "DirectoryListings",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<int>(
                name: "BatchMonth",
                table: "DirectoryListings",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "BatchYear",
                table: "DirectoryListings",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PendingPartnerOrganisationId",
                table: "DirectoryListings",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RequestedAt",
                table: "DirectoryListings",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "DirectoryListings",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryListings_PartnerOrganisationId_Id",
                table: "DirectoryListings",
                columns: new[] { "PartnerOrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryListings_PendingPartnerOrganisationId",
                table: "DirectoryListings",
                column: "PendingPartnerOrganisationId",
                unique: true,
                filter: "[PendingPartnerOrganisationId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryListings_Status_BatchYear_BatchMonth",
                table: "DirectoryListings",
                columns: new[] { "Status", "BatchYear", "BatchMonth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectoryListings_PartnerOrganisationId_Id",
                table: "DirectoryListings");

            migrationBuilder.DropIndex(
                name: "IX_DirectoryListings_PendingPartnerOrganisationId",
                table: "DirectoryListings");

            migrationBuilder.DropIndex(
                name: "IX_DirectoryListings_Status_BatchYear_BatchMonth",
                table: "DirectoryListings");

            migrationBuilder.DropColumn(
                name: "BatchMonth",
                table: "DirectoryListings");

            migrationBuilder.DropColumn(
                name: "BatchYear",
                table: "DirectoryListings");

            migrationBuilder.DropColumn(
                name: "PendingPartnerOrganisationId",
                table: "DirectoryListings");

            migrationBuilder.DropColumn(
                name: "RequestedAt",
                table: "DirectoryListings");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "DirectoryListings");

            migrationBuilder.AlterColumn<string>(
                name: "ReviewedBy",
                table: "DirectoryListings",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(300)",
                oldMaxLength: 300,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "RequestedBy",
                table: "DirectoryListings",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(300)",
                oldMaxLength: 300);

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "DirectoryListings",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(100)",
                oldMaxLength: 100);

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryListings_PartnerOrganisationId_Status",
                table: "DirectoryListings",
                columns: new[] { "PartnerOrganisationId", "Status" });
        }
    }
}
