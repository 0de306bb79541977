namespace LearningPartner.Web.Features.Common;

/// <summary>The document-type choice of a form (Views/Shared/_DocumentTypeChoices): the field's name and its value.</summary>
public sealed record DocumentTypeField(string Name, string? Selected);
