using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OneRegistrationPendingPerPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegisteredBy",
                table: "PartnerOrganisations",
                type: "nvarchar(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrganisations_RegisteredBy",
                table: "PartnerOrganisations",
                column: "RegisteredBy",
                unique: true,
                filter: "RegisteredBy IS NOT NULL AND VerifiedAt IS NULL AND RejectedAt IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerOrganisations_RegisteredBy",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "RegisteredBy",
                table: "PartnerOrganisations");
        }
    }
}
