using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrainerLapseReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainerLapseReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainerLapseReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainerLapseReminders_PartnerOrganisations_PartnerOrganisationId",
                        column: x => x.PartnerOrganisationId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainerLapseReminders_Trainers_TrainerId",
                        column: x => x.TrainerId,
                        principalTable: "Trainers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainerLapseReminders_PartnerOrganisationId",
                table: "TrainerLapseReminders",
                column: "PartnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainerLapseReminders_TrainerId_ValidUntil",
                table: "TrainerLapseReminders",
                columns: new[] { "TrainerId", "ValidUntil" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainerLapseReminders");
        }
    }
}
