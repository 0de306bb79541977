using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PaymentFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BankReference",
                table: "Payments",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DeclaredAmount",
                table: "Payments",
                type: "decimal(19,4)",
                precision: 19,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclaredBankReference",
                table: "Payments",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclaredCurrency",
                table: "Payments",
                type: "nchar(3)",
                fixedLength: true,
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeclaredPaidOn",
                table: "Payments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "Payments",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ReceivedAmount",
                table: "Payments",
                type: "decimal(19,4)",
                precision: 19,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceivedCurrency",
                table: "Payments",
                type: "nchar(3)",
                fixedLength: true,
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValueDate",
                table: "Payments",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BankReference",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "DeclaredAmount",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "DeclaredBankReference",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "DeclaredCurrency",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "DeclaredPaidOn",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "OverrideReason",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReceivedAmount",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReceivedCurrency",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ValueDate",
                table: "Payments");
        }
    }
}
