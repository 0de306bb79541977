using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Memberships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerUsers_ObjectId",
                table: "PartnerUsers");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeactivatedAt",
                table: "PartnerUsers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "PartnerUsers",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TenantId",
                table: "PartnerUsers",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_TenantId_ObjectId_PartnerOrganisationId",
                table: "PartnerUsers",
                columns: new[] { "TenantId", "ObjectId", "PartnerOrganisationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerUsers_TenantId_ObjectId_PartnerOrganisationId",
                table: "PartnerUsers");

            migrationBuilder.DropColumn(
                name: "DeactivatedAt",
                table: "PartnerUsers");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "PartnerUsers");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "PartnerUsers");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_ObjectId",
                table: "PartnerUsers",
                column: "ObjectId",
                unique: true);
        }
    }
}
