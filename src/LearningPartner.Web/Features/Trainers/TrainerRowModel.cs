namespace LearningPartner.Web.Features.Trainers;

/// <param name="IfTheyLeave">Requirements of held options met with this trainer and not without (today and at the next renewal).</param>
public sealed record TrainerRowModel(int Id, string Name, string MctId, DateOnly ValidUntil, DateOnly? RetiredOn, bool IsValidToday,
    IReadOnlyList<LearningPartner.Domain.Eligibility.LostRequirement> IfTheyLeave);

public sealed record TrainersViewModel(string PartnerId, string PartnerName, DateOnly Today, IReadOnlyList<TrainerRowModel> Trainers, TrainerInput NewTrainer);

public sealed record TrainerEditViewModel(string PartnerId, int TrainerId, TrainerInput Input);

public sealed record ExamPassRowModel(int Id, string ExamCode, string PersonName, DateOnly PassedOn);

public sealed record ExamPassesViewModel(string PartnerId, string PartnerName, IReadOnlyList<ExamPassRowModel> ExamPasses, ExamPassInput NewExamPass);
