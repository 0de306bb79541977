using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningPartner.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResourceLinkChinese : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DescriptionZh",
                table: "ResourceLinks",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleZh",
                table: "ResourceLinks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // ADR-019: links still showing the default English text get the default Chinese text (the defaults used to be
            // resource keys, translated on the page); a text staff changed is left without Chinese, shown in English.
            foreach (var (kind, title, titleZh, description, descriptionZh) in new[]
            {
                ("ProgramAnnouncements", "Program announcements", "计划公告", "Changes to the learning partner program, its requirements and its calendar.", "学习合作伙伴计划、其要求及日程的变更。"),
                ("LearningResources", "Learning partner resources", "学习合作伙伴资源", "Program documents and the recordings of the monthly community calls.", "计划文档以及每月社区电话会议的录像。"),
                ("EnrollmentGuide", "Enrollment guide for new partners", "新合作伙伴注册指南", "How a training company enrolls, step by step.", "培训公司如何注册，分步说明。"),
            })
            {
                migrationBuilder.Sql($"UPDATE \"ResourceLinks\" SET \"TitleZh\" = '{titleZh}' WHERE \"Kind\" = '{kind}' AND \"Title\" = '{title}';");
                migrationBuilder.Sql($"UPDATE \"ResourceLinks\" SET \"DescriptionZh\" = '{descriptionZh}' WHERE \"Kind\" = '{kind}' AND \"Description\" = '{description}';");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DescriptionZh",
                table: "ResourceLinks");

            migrationBuilder.DropColumn(
                name: "TitleZh",
                table: "ResourceLinks");
        }
    }
}
