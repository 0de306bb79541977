using LearningPartner.Application.Listings;

namespace LearningPartner.Web.Features.Listings;

/// <summary>The partner's directory page: where its listing stands, and the request form.</summary>
public sealed record ListingPageViewModel(ListingPage Page, ListingInput Input);
