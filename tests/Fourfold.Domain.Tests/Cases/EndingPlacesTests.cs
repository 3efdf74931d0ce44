using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;

namespace Fourfold.Domain.Tests.Cases;

public sealed class EndingPlacesTests
{
    [Fact]
    public void OnlyTheCouplesTherapistAndThePracticesAdministrator_MayEndPlaces()
    {
        var full = CaseBuilder.FullTeam().Build();

        Assert.True(full.MayEndPlaces(CaseBuilder.CouplesTherapist, PersonKind.Professional, CaseBuilder.Practice));
        Assert.True(full.MayEndPlaces(PersonId.New(), PersonKind.PracticeAdministrator, CaseBuilder.Practice));
        Assert.False(full.MayEndPlaces(PersonId.New(), PersonKind.PracticeAdministrator, Domain.Practices.PracticeId.New()));
        Assert.False(full.MayEndPlaces(CaseBuilder.BetrayedSupport, PersonKind.Professional, CaseBuilder.Practice));
        Assert.False(full.MayEndPlaces(CaseBuilder.BetrayedPartner, PersonKind.Client, null));
    }

    [Fact]
    public void AnEndedPlace_KeepsItsReasonAndWho_AndTheRoleIsGone()
    {
        var full = CaseBuilder.FullTeam().Build();
        var support = full.Memberships.Single(m => m.PersonId == CaseBuilder.InvolvedSupport);

        full.EndPlace(support.Id, CaseBuilder.CouplesTherapist, "  Chose another therapist.  ", CaseBuilder.Start);

        Assert.Empty(full.RolesOf(CaseBuilder.InvolvedSupport));
        Assert.Equal(MembershipStatus.Left, support.Status);
        Assert.Equal("Chose another therapist.", support.EndReason);
        Assert.Equal(CaseBuilder.CouplesTherapist, support.EndedBy);
        Assert.Equal(CaseBuilder.Start, support.LeftAt);
    }

    [Fact]
    public void EndingOnesOwnPlace_OrWithoutAReason_OrTwice_IsRefused()
    {
        var full = CaseBuilder.FullTeam().Build();
        var therapist = full.Memberships.Single(m => m.PersonId == CaseBuilder.CouplesTherapist);
        var support = full.Memberships.Single(m => m.PersonId == CaseBuilder.BetrayedSupport);

        Assert.Throws<DomainRuleViolation>(() => full.EndPlace(therapist.Id, CaseBuilder.CouplesTherapist, "Leaving", CaseBuilder.Start));
        Assert.Equal("reason", Assert.Throws<DomainRuleViolation>(() => full.EndPlace(support.Id, CaseBuilder.CouplesTherapist, " ", CaseBuilder.Start)).Field);
        Assert.Equal("reason", Assert.Throws<DomainRuleViolation>(() => full.EndPlace(support.Id, CaseBuilder.CouplesTherapist, new string('x', 501), CaseBuilder.Start)).Field);
        full.EndPlace(support.Id, CaseBuilder.CouplesTherapist, "Done", CaseBuilder.Start);
        Assert.Throws<DomainRuleViolation>(() => full.EndPlace(support.Id, CaseBuilder.CouplesTherapist, "Again", CaseBuilder.Start));
    }

    [Fact]
    public void APartnersEndedPlace_IsNotTakenByAnotherPartner_ButASupportsIs()
    {
        var full = CaseBuilder.FullTeam().Build();
        var partner = full.Memberships.Single(m => m.PersonId == CaseBuilder.InvolvedPartner);
        var support = full.Memberships.Single(m => m.PersonId == CaseBuilder.InvolvedSupport);
        full.EndPlace(partner.Id, CaseBuilder.CouplesTherapist, "Separated", CaseBuilder.Start);
        full.EndPlace(support.Id, CaseBuilder.CouplesTherapist, "Retired", CaseBuilder.Start);

        var refused = Assert.Throws<DomainRuleViolation>(() =>
            full.Invite(new TeamInvitation(CaseRole.InvolvedPartner, "new.partner@people.test", "New Partner"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start));

        Assert.Contains("another partner cannot take that place", refused.Message, StringComparison.Ordinal);
        full.Invite(new TeamInvitation(CaseRole.SupportOfInvolvedPartner, "new.support@people.test", "New Support"), CaseBuilder.CouplesTherapist, "hash2", CaseBuilder.Start);
    }
}
