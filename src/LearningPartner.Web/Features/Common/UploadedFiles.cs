using LearningPartner.Application.Common;

namespace LearningPartner.Web.Features.Common;

/// <summary>A form's file as the application layer takes it.</summary>
public static class UploadedFiles
{
    public static UploadedFile? From(IFormFile? file) => file is null ? null : new UploadedFile(file.FileName, file.Length, file.OpenReadStream);
}
