namespace LearningPartner.Web.Features.Trainers;

public sealed record TrainerRowModel(int Id, string Name, string MctId, DateOnly ValidUntil, DateOnly? RetiredOn, bool IsValidToday);

public sealed record TrainersViewModel(string PartnerId, string PartnerName, DateOnly Today, IReadOnlyList<TrainerRowModel> Trainers, TrainerInput NewTrainer);

public sealed record TrainerEditViewModel(string PartnerId, int TrainerId, TrainerInput Input);

public sealed record ExamPassRowModel(int Id, string ExamCode, string PersonName, DateOnly PassedOn);

public sealed record ExamPassesViewModel(string PartnerId, string PartnerName, IReadOnlyList<ExamPassRowModel> ExamPasses, ExamPassInput NewExamPass);
