using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ConfigurableReminderDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RemindersSent_EnrollmentId_AnniversaryDate_Kind",
                table: "RemindersSent");

            migrationBuilder.AddColumn<int>(
                name: "DayOffset",
                table: "RemindersSent",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // R-RNW-2: the reminders sent on issue 6's fixed days keep their day, so the new schedule does not send them again.
            // The grace-end reminder was 7 days before the end of 30 days of grace (every shipped rule set): AD + 23.
            migrationBuilder.Sql("UPDATE RemindersSent SET DayOffset = -90 WHERE Kind = 'NinetyDaysBefore'");
            migrationBuilder.Sql("UPDATE RemindersSent SET DayOffset = -30 WHERE Kind = 'ThirtyDaysBefore'");
            migrationBuilder.Sql("UPDATE RemindersSent SET DayOffset = 0 WHERE Kind = 'OnAnniversary'");
            migrationBuilder.Sql("UPDATE RemindersSent SET DayOffset = 23 WHERE Kind = 'SevenDaysBeforeGraceEnds'");

            migrationBuilder.CreateIndex(
                name: "IX_RemindersSent_EnrollmentId_AnniversaryDate_DayOffset",
                table: "RemindersSent",
                columns: new[] { "EnrollmentId", "AnniversaryDate", "DayOffset" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RemindersSent_EnrollmentId_AnniversaryDate_DayOffset",
                table: "RemindersSent");

            migrationBuilder.DropColumn(
                name: "DayOffset",
                table: "RemindersSent");

            migrationBuilder.CreateIndex(
                name: "IX_RemindersSent_EnrollmentId_AnniversaryDate_Kind",
                table: "RemindersSent",
                columns: new[] { "EnrollmentId", "AnniversaryDate", "Kind" },
                unique: true);
        }
    }
}
