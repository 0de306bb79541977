using LearningPartner.Domain.Trainers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningPartner.Infrastructure.Persistence.Configurations;

/// <summary>R-MCT-1: a trainer's or exam pass's claim and verification, in columns of its own row.</summary>
internal static class FactReviewConfiguration
{
    public static void Configure(ComplexPropertyBuilder<FactReview> review)
    {
        review.Property(r => r.ClaimedAt).HasColumnName("ClaimedAt");
        review.Property(r => r.ClaimedBy).HasColumnName("ClaimedBy").HasMaxLength(200);
        review.Property(r => r.EvidenceLink).HasColumnName("EvidenceLink").HasMaxLength(500);
        review.Property(r => r.EvidenceDocument).HasColumnName("EvidenceDocument").HasMaxLength(200);
        review.Property(r => r.VerifiedAt).HasColumnName("VerifiedAt");
        review.Property(r => r.VerifiedBy).HasColumnName("VerifiedBy").HasMaxLength(200);
        review.Property(r => r.VerificationNote).HasColumnName("VerificationNote").HasMaxLength(1000);
        review.Property(r => r.RejectedAt).HasColumnName("RejectedAt");
        review.Property(r => r.RejectedBy).HasColumnName("RejectedBy").HasMaxLength(200);
        review.Property(r => r.RejectionReason).HasColumnName("RejectionReason").HasMaxLength(1000);
        review.Ignore(r => r.Status);
    }
}
