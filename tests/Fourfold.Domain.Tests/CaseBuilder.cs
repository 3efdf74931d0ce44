using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;
using NodaTime;

namespace Fourfold.Domain.Tests;

/// <summary>Builds cases with named people in given roles, all accepted at <see cref="Start"/>.</summary>
internal sealed class CaseBuilder
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 1, 15, 0);

    public static readonly PersonId CouplesTherapist = PersonId.New();
    public static readonly PersonId BetrayedPartner = PersonId.New();
    public static readonly PersonId InvolvedPartner = PersonId.New();
    public static readonly PersonId BetrayedSupport = PersonId.New();
    public static readonly PersonId InvolvedSupport = PersonId.New();

    private readonly Case built;

    private CaseBuilder(Case built) => this.built = built;

    public static PracticeId Practice { get; } = PracticeId.New();

    public static CaseBuilder OpenedByCouplesTherapist() =>
        new(Case.Open(CaseId.New(), Practice, "Holt", CouplesTherapist, "Dr. Lee", "lee@practice.test", [CaseRole.CouplesTherapist], Start));

    public static CaseBuilder FullTeam() =>
        OpenedByCouplesTherapist()
            .With(CaseRole.BetrayedPartner, BetrayedPartner, PersonKind.Client)
            .With(CaseRole.InvolvedPartner, InvolvedPartner, PersonKind.Client)
            .With(CaseRole.SupportOfBetrayedPartner, BetrayedSupport, PersonKind.Professional)
            .With(CaseRole.SupportOfInvolvedPartner, InvolvedSupport, PersonKind.Professional);

    public static string EmailOf(PersonId person) => $"{person.Value:N}@people.test";

    public CaseBuilder With(CaseRole role, PersonId person, PersonKind kind)
    {
        var invited = built.Invite(new TeamInvitation(role, EmailOf(person), "Someone"), CouplesTherapist, "hash", Start);
        built.AcceptInvitation(invited.Id, person, kind, EmailOf(person), "Someone", Start);
        return this;
    }

    public Case Build() => built;
}
