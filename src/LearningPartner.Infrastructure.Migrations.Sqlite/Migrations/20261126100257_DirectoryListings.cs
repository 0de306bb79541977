using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.Sqlite.Migrations
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

            migrationBuilder.AddColumn<int>(
                name: "BatchMonth",
                table: "DirectoryListings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "BatchYear",
                table: "DirectoryListings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PendingPartnerOrganisationId",
                table: "DirectoryListings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RequestedAt",
                table: "DirectoryListings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReviewedAt",
                table: "DirectoryListings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryListings_PartnerOrganisationId_Id",
                table: "DirectoryListings",
                columns: new[] { "PartnerOrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryListings_PendingPartnerOrganisationId",
                table: "DirectoryListings",
                column: "PendingPartnerOrganisationId",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryListings_PartnerOrganisationId_Status",
                table: "DirectoryListings",
                columns: new[] { "PartnerOrganisationId", "Status" });
        }
    }
}
