using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    FileHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CommittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CommittedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    AppliedRows = table.Column<int>(type: "int", nullable: false),
                    NewRows = table.Column<int>(type: "int", nullable: false),
                    VerifiesClaimRows = table.Column<int>(type: "int", nullable: false),
                    AlreadyRecordedRows = table.Column<int>(type: "int", nullable: false),
                    ConflictRows = table.Column<int>(type: "int", nullable: false),
                    RejectedRows = table.Column<int>(type: "int", nullable: false),
                    IgnoredColumns = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FactImportRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ImportId = table.Column<int>(type: "int", nullable: false),
                    FileLine = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PartnerId = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PersonName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    MctId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ExamCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    PassedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FactId = table.Column<int>(type: "int", nullable: true),
                    Cells = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
