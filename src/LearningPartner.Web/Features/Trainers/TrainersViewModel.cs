using LearningPartner.Application.Trainers;

namespace LearningPartner.Web.Features.Trainers;

/// <summary>The trainers page: the partner's trainers and the form to add one.</summary>
public sealed record TrainersViewModel(PartnerTrainers List, TrainerInput NewTrainer);

/// <summary>A trainer's edit form.</summary>
public sealed record TrainerEditViewModel(string PartnerId, int TrainerId, TrainerInput Input);
