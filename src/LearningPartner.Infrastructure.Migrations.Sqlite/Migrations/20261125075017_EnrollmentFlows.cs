using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EnrollmentFlows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_OrderId",
                table: "Payments");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Trainers",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "OpenOrderId",
                table: "Payments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BillingCurrency",
                table: "PartnerOrganisations",
                type: "TEXT",
                fixedLength: true,
                maxLength: 3,
                nullable: false,
                defaultValue: "USD");

            migrationBuilder.AddColumn<string>(
                name: "CompetencyCode",
                table: "Orders",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpenOptionKey",
                table: "Orders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReplacesEnrollmentId",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "Enrollments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Enrollments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_OpenOrderId",
                table: "Payments",
                column: "OpenOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_OrderId",
                table: "Payments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_OpenOptionKey",
                table: "Orders",
                column: "OpenOptionKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_OpenOrderId",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Payments_OrderId",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Orders_OpenOptionKey",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "OpenOrderId",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "BillingCurrency",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "CompetencyCode",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "OpenOptionKey",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReplacesEnrollmentId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Enrollments");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_OrderId",
                table: "Payments",
                column: "OrderId",
                unique: true);
        }
    }
}
