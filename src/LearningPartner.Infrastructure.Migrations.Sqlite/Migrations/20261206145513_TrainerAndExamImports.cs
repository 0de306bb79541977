using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrainerAndExamImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FactImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CommittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CommittedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AppliedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    NewRows = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiesClaimRows = table.Column<int>(type: "INTEGER", nullable: false),
                    AlreadyRecordedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ConflictRows = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    IgnoredColumns = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FactImportRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileLine = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    MctId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExamCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PassedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FactId = table.Column<int>(type: "INTEGER", nullable: true),
                    Cells = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactImportRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactImportRows_FactImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "FactImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FactImportRows_ImportId_FileLine",
                table: "FactImportRows",
                columns: new[] { "ImportId", "FileLine" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FactImportRows");

            migrationBuilder.DropTable(
                name: "FactImports");
        }
    }
}
