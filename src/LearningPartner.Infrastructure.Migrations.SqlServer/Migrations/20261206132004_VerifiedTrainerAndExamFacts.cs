using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class VerifiedTrainerAndExamFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClaimedAt",
                table: "Trainers",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "Trainers",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Trainers",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceDocument",
                table: "Trainers",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceLink",
                table: "Trainers",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RejectedAt",
                table: "Trainers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedBy",
                table: "Trainers",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Trainers",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationNote",
                table: "Trainers",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VerifiedAt",
                table: "Trainers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "Trainers",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClaimedAt",
                table: "ExamPasses",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "ExamPasses",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EvidenceDocument",
                table: "ExamPasses",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceLink",
                table: "ExamPasses",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RejectedAt",
                table: "ExamPasses",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedBy",
                table: "ExamPasses",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "ExamPasses",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationNote",
                table: "ExamPasses",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VerifiedAt",
                table: "ExamPasses",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "ExamPasses",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "ExamPasses",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // R-MCT-1, ADR-016: trainers and exam passes recorded before verification existed count as verified, as they did.
            foreach (var table in new[] { "Trainers", "ExamPasses" })
            {
                migrationBuilder.Sql($"UPDATE [{table}] SET [ClaimedAt] = '2026-12-06T00:00:00+00:00', [ClaimedBy] = N'Migration', " +
                    "[VerifiedAt] = '2026-12-06T00:00:00+00:00', [VerifiedBy] = N'Migration', " +
                    "[VerificationNote] = N'Recorded before verification existed; migrated as verified (ADR-016)';");
            }

            // Each exam pass gets its own concurrency version (staff decisions are checked against it).
            migrationBuilder.Sql("UPDATE [ExamPasses] SET [Version] = NEWID();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "EvidenceDocument",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "EvidenceLink",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "RejectedAt",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "RejectedBy",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "VerificationNote",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "VerifiedAt",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "Trainers");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "EvidenceDocument",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "EvidenceLink",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "RejectedAt",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "RejectedBy",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "VerificationNote",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "VerifiedAt",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "VerifiedBy",
                table: "ExamPasses");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ExamPasses");
        }
    }
}
