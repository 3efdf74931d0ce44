using Fourfold.Domain.Access;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Records;

/// <summary>The write and edit form's fields. Sizes are checked by the domain, field by field, so the messages are the same everywhere.</summary>
public sealed class ItemInput
{
    public ItemKind? Kind { get; set; }

    public ItemSubject? Subject { get; set; }

    public PartnerRole? IndividualSessionWith { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? AssessmentUsed { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public bool ForBetrayedPartner { get; set; }

    public bool ForInvolvedPartner { get; set; }

    public bool ForSupportOfBetrayedPartner { get; set; }

    public bool ForSupportOfInvolvedPartner { get; set; }

    public bool ForCouplesTherapist { get; set; }

    /// <summary>People of the team ticked by name, by person id; null when the form posted none.</summary>
    public Dictionary<Guid, bool>? NamedPeople { get; set; }

    public bool Names(Guid person) => NamedPeople?.GetValueOrDefault(person) ?? false;

    /// <summary>The version the edit started from.</summary>
    public int Version { get; set; }

    public IReadOnlyList<CaseRole> Audience =>
        new (bool Chosen, CaseRole Role)[]
        {
            (ForBetrayedPartner, CaseRole.BetrayedPartner),
            (ForInvolvedPartner, CaseRole.InvolvedPartner),
            (ForSupportOfBetrayedPartner, CaseRole.SupportOfBetrayedPartner),
            (ForSupportOfInvolvedPartner, CaseRole.SupportOfInvolvedPartner),
            (ForCouplesTherapist, CaseRole.CouplesTherapist),
        }.Where(choice => choice.Chosen).Select(choice => choice.Role).ToList();

    public ItemDraft ToDraft() => new(Kind ?? 0, Subject, Audience, Title, Body, OccurredOn is { } day ? LocalDate.FromDateOnly(day) : null, AssessmentUsed, IndividualSessionWith,
        (NamedPeople ?? []).Where(pair => pair.Value).Select(pair => Domain.People.PersonId.From(pair.Key)).ToList());

    public static ItemInput From(ItemView item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var audience = item.AudienceRoles;
        return new ItemInput
        {
            Kind = item.Kind,
            Subject = item.Subject,
            OccurredOn = item.OccurredOn.ToDateOnly(),
            AssessmentUsed = item.AssessmentUsed,
            Title = item.Title,
            Body = item.Body,
            ForBetrayedPartner = audience.Contains(CaseRole.BetrayedPartner),
            ForInvolvedPartner = audience.Contains(CaseRole.InvolvedPartner),
            ForSupportOfBetrayedPartner = audience.Contains(CaseRole.SupportOfBetrayedPartner),
            ForSupportOfInvolvedPartner = audience.Contains(CaseRole.SupportOfInvolvedPartner),
            ForCouplesTherapist = audience.Contains(CaseRole.CouplesTherapist),
            NamedPeople = item.AudiencePeople.ToDictionary(person => person, _ => true),
            Version = item.Version,
        };
    }
}
