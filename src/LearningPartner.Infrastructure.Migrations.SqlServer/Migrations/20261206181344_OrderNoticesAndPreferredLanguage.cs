using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OrderNoticesAndPreferredLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PreferredLanguage",
                table: "PartnerUsers",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts",
                table: "PartnerNotifications",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "PartnerNotifications",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OnceKey",
                table: "PartnerNotifications",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerNotifications_OnceKey",
                table: "PartnerNotifications",
                column: "OnceKey",
                unique: true,
                filter: "[OnceKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerNotifications_OnceKey",
                table: "PartnerNotifications");

            migrationBuilder.DropColumn(
                name: "PreferredLanguage",
                table: "PartnerUsers");

            migrationBuilder.DropColumn(
                name: "Facts",
                table: "PartnerNotifications");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PartnerNotifications");

            migrationBuilder.DropColumn(
                name: "OnceKey",
                table: "PartnerNotifications");
        }
    }
}
