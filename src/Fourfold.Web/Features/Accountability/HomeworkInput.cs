using Fourfold.Domain.Accountability;
using NodaTime;

namespace Fourfold.Web.Features.Accountability;

/// <summary>The form a professional sets homework with.</summary>
public sealed class HomeworkInput : TeamRoleTicks
{
    public string? What { get; set; }

    public string? Details { get; set; }

    public HomeworkFor? For { get; set; }

    public DateOnly? DueOn { get; set; }

    public HomeworkDraft ToDraft() => new(What, Details, For, DueOn is { } due ? LocalDate.FromDateOnly(due) : null, Ticked());
}

/// <summary>The form a partner writes how a piece of homework went with.</summary>
public sealed class HomeworkLogInput : TeamRoleTicks
{
    public Guid? HomeworkId { get; set; }

    public string? HowItWent { get; set; }

    public bool BringToMyIndividualSession { get; set; }

    public HomeworkLogDraft ToDraft() => new(HowItWent, BringToMyIndividualSession, Ticked());
}
