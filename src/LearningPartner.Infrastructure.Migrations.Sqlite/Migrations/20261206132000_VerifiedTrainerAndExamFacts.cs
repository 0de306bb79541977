using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VerifiedTrainerAndExamFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClaimedAt",
                table: "Trainers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "Trainers",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Trainers",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceDocument",
                table: "Trainers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceLink",
                table: "Trainers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RejectedAt",
                table: "Trainers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedBy",
                table: "Trainers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Trainers",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationNote",
                table: "Trainers",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VerifiedAt",
                table: "Trainers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "Trainers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClaimedAt",
                table: "ExamPasses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "ExamPasses",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EvidenceDocument",
                table: "ExamPasses",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceLink",
                table: "ExamPasses",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RejectedAt",
                table: "ExamPasses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedBy",
                table: "ExamPasses",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "ExamPasses",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationNote",
                table: "ExamPasses",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VerifiedAt",
                table: "ExamPasses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedBy",
                table: "ExamPasses",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "ExamPasses",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // R-MCT-1, ADR-016: trainers and exam passes recorded before verification existed count as verified, as they did.
            // SQLite stores a DateTimeOffset through EF's binary converter; the migration's own date is the verification date.
            var migratedAt = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero))!;
            foreach (var table in new[] { "Trainers", "ExamPasses" })
            {
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"ClaimedAt\" = {migratedAt}, \"ClaimedBy\" = 'Migration', " +
                    $"\"VerifiedAt\" = {migratedAt}, \"VerifiedBy\" = 'Migration', " +
                    "\"VerificationNote\" = 'Recorded before verification existed; migrated as verified (ADR-016)';");
            }

            // Each exam pass gets its own concurrency version (staff decisions are checked against it).
            migrationBuilder.Sql("UPDATE \"ExamPasses\" SET \"Version\" = randomblob(16);");
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
