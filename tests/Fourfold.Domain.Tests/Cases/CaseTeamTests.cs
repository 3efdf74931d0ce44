using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using NodaTime;

namespace Fourfold.Domain.Tests.Cases;

public sealed class CaseTeamTests
{
    [Fact]
    public void Open_AddsTheOpenerAsAnActiveMemberInTheirRole()
    {
        var opened = CaseBuilder.OpenedByCouplesTherapist().Build();

        Assert.Equal([CaseRole.CouplesTherapist], opened.RolesOf(CaseBuilder.CouplesTherapist));
        Assert.True(opened.HasCouplesTherapist);
    }

    [Fact]
    public void Open_InAPartnerRole_IsRefused() =>
        Assert.Throws<DomainRuleViolation>(() =>
            Case.Open(CaseId.New(), CaseBuilder.Practice, "Holt", PersonId.New(), "A", "a@b.test", [CaseRole.BetrayedPartner], CaseBuilder.Start));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("This label is far too long for a case label because labels are short and non-clinical by design")]
    public void Open_WithoutAShortLabel_IsRefused(string label) =>
        Assert.Throws<DomainRuleViolation>(() =>
            Case.Open(CaseId.New(), CaseBuilder.Practice, label, PersonId.New(), "A", "a@b.test", [CaseRole.CouplesTherapist], CaseBuilder.Start));

    [Theory]
    [InlineData(CaseRole.BetrayedPartner)]
    [InlineData(CaseRole.InvolvedPartner)]
    [InlineData(CaseRole.CouplesTherapist)]
    public void Invite_ASecondHolderOfAUniqueRole_IsRefused(CaseRole role)
    {
        var full = CaseBuilder.FullTeam().Build();

        var refused = Assert.Throws<DomainRuleViolation>(() =>
            full.Invite(new TeamInvitation(role, "another@people.test", "Another"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start));
        Assert.Contains("already has", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invite_ASecondSupportForOnePartner_IsAllowed()
    {
        var full = CaseBuilder.FullTeam().Build();

        var invited = full.Invite(new TeamInvitation(CaseRole.SupportOfBetrayedPartner, "coach@people.test", "Coach"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start);

        Assert.Equal(MembershipStatus.Invited, invited.Status);
    }

    [Fact]
    public void Invite_APartnerOntoTheirOwnCareTeam_IsRefused()
    {
        var full = CaseBuilder.FullTeam().Build();

        Assert.Throws<DomainRuleViolation>(() =>
            full.Invite(new TeamInvitation(CaseRole.SupportOfInvolvedPartner, CaseBuilder.EmailOf(CaseBuilder.BetrayedPartner), "Partner"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start));
    }

    [Fact]
    public void Invite_YourselfToAnotherRole_IsRefused()
    {
        var opened = CaseBuilder.OpenedByCouplesTherapist().Build();

        Assert.Throws<DomainRuleViolation>(() =>
            opened.Invite(new TeamInvitation(CaseRole.SupportOfBetrayedPartner, "lee@practice.test", "Dr. Lee"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start));
    }

    [Fact]
    public void AProfessional_InvitedByAColleagueToASecondRole_HoldsBoth()
    {
        var opened = CaseBuilder.FullTeam().Build();

        var invited = opened.Invite(new TeamInvitation(CaseRole.SupportOfBetrayedPartner, "lee@practice.test", "Dr. Lee"), CaseBuilder.BetrayedSupport, "hash", CaseBuilder.Start);
        opened.AcceptInvitation(invited.Id, CaseBuilder.CouplesTherapist, PersonKind.Professional, "lee@practice.test", "Dr. Lee", CaseBuilder.Start);

        Assert.Equal(2, opened.RolesOf(CaseBuilder.CouplesTherapist).Count);
    }

    [Fact]
    public void OnePerson_AsSupportOfBothPartners_IsRefused()
    {
        var full = CaseBuilder.FullTeam().Build();

        Assert.Throws<DomainRuleViolation>(() => full.Invite(
            new TeamInvitation(CaseRole.SupportOfBetrayedPartner, CaseBuilder.EmailOf(CaseBuilder.InvolvedSupport), "Support"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start));
    }

    [Theory]
    [InlineData("involvedSupport", CaseRole.SupportOfBetrayedPartner, false)]
    [InlineData("involvedSupport", CaseRole.SupportOfInvolvedPartner, true)]
    [InlineData("involvedSupport", CaseRole.BetrayedPartner, true)]
    [InlineData("couplesTherapist", CaseRole.SupportOfBetrayedPartner, true)]
    [InlineData("couplesTherapist", CaseRole.CouplesTherapist, false)]
    [InlineData("betrayedSupport", CaseRole.CouplesTherapist, true)]
    [InlineData("administrator", CaseRole.SupportOfBetrayedPartner, true)]
    [InlineData("partner", CaseRole.SupportOfBetrayedPartner, false)]
    public void MayInvite_KeepsEachPartnersSupportInTheHandsOfTheirTeam(string who, CaseRole role, bool expected)
    {
        var full = CaseBuilder.FullTeam().Build();
        var (person, kind, practice) = who switch
        {
            "involvedSupport" => (CaseBuilder.InvolvedSupport, PersonKind.Professional, (Practices.PracticeId?)null),
            "betrayedSupport" => (CaseBuilder.BetrayedSupport, PersonKind.Professional, null),
            "couplesTherapist" => (CaseBuilder.CouplesTherapist, PersonKind.Professional, null),
            "administrator" => (PersonId.New(), PersonKind.PracticeAdministrator, CaseBuilder.Practice),
            _ => (CaseBuilder.BetrayedPartner, PersonKind.Client, null),
        };

        Assert.Equal(expected, full.MayInvite(person, kind, practice, role));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("two@@at.test")]
    [InlineData("")]
    [InlineData("spaces in@address.test")]
    public void TeamInvitation_WithABadAddress_IsRefused(string address) =>
        Assert.Throws<DomainRuleViolation>(() => new TeamInvitation(CaseRole.BetrayedPartner, address, "Name"));

    [Fact]
    public void Accept_FromAnotherAddress_IsRefused()
    {
        var opened = CaseBuilder.OpenedByCouplesTherapist().Build();
        var invited = opened.Invite(new TeamInvitation(CaseRole.BetrayedPartner, "dana@people.test", "Dana"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start);

        Assert.Throws<DomainRuleViolation>(() =>
            opened.AcceptInvitation(invited.Id, PersonId.New(), PersonKind.Client, "someone-else@people.test", "X", CaseBuilder.Start));
        Assert.Equal(MembershipStatus.Invited, invited.Status);
    }

    [Fact]
    public void Accept_AtTheEndOfItsLifetime_IsRefused()
    {
        var opened = CaseBuilder.OpenedByCouplesTherapist().Build();
        var invited = opened.Invite(new TeamInvitation(CaseRole.BetrayedPartner, "dana@people.test", "Dana"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start);

        var lastMoment = CaseBuilder.Start + CaseMembership.InvitationLifetime - Duration.Epsilon;
        Assert.True(invited.IsOpenInvitation(lastMoment));
        Assert.Throws<DomainRuleViolation>(() =>
            opened.AcceptInvitation(invited.Id, PersonId.New(), PersonKind.Client, "dana@people.test", "Dana", CaseBuilder.Start + CaseMembership.InvitationLifetime));
    }

    [Theory]
    [InlineData(CaseRole.BetrayedPartner, PersonKind.Professional)]
    [InlineData(CaseRole.SupportOfBetrayedPartner, PersonKind.Client)]
    [InlineData(CaseRole.CouplesTherapist, PersonKind.PracticeAdministrator)]
    public void Accept_FromTheWrongKindOfAccount_IsRefused(CaseRole role, PersonKind kind)
    {
        // A partner who left is not replaced, so the role is one nobody has held yet.
        var opened = CaseBuilder.OpenedByCouplesTherapist().Build();
        if (opened.Memberships.FirstOrDefault(m => m.Role == role) is { } holder)
        {
            opened.RemoveMember(holder.Id, CaseBuilder.Start);
        }

        var invited = opened.Invite(new TeamInvitation(role, "new@people.test", "New"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start);

        Assert.Throws<DomainRuleViolation>(() => opened.AcceptInvitation(invited.Id, PersonId.New(), kind, "new@people.test", "New", CaseBuilder.Start));
    }

    [Fact]
    public void Accept_Twice_IsRefused()
    {
        var opened = CaseBuilder.OpenedByCouplesTherapist().Build();
        var invited = opened.Invite(new TeamInvitation(CaseRole.BetrayedPartner, "dana@people.test", "Dana"), CaseBuilder.CouplesTherapist, "hash", CaseBuilder.Start);
        var dana = PersonId.New();
        opened.AcceptInvitation(invited.Id, dana, PersonKind.Client, "dana@people.test", "Dana", CaseBuilder.Start);

        Assert.Throws<DomainRuleViolation>(() => opened.AcceptInvitation(invited.Id, dana, PersonKind.Client, "dana@people.test", "Dana", CaseBuilder.Start));
    }

    [Fact]
    public void RemoveMember_EndsTheirRolesAtOnce()
    {
        var full = CaseBuilder.FullTeam().Build();

        full.RemoveMember(full.Memberships.Single(m => m.PersonId == CaseBuilder.InvolvedSupport).Id, CaseBuilder.Start);

        Assert.Empty(full.RolesOf(CaseBuilder.InvolvedSupport));
    }

    [Theory]
    [InlineData(PersonKind.Professional, true, false, true)]
    [InlineData(PersonKind.Professional, false, false, false)]
    [InlineData(PersonKind.Client, true, false, false)]
    [InlineData(PersonKind.PracticeAdministrator, false, true, true)]
    [InlineData(PersonKind.PracticeAdministrator, false, false, false)]
    public void MayManageTeam_FollowsKindMembershipAndPractice(PersonKind kind, bool onTheTeam, bool ofThePractice, bool expected)
    {
        var full = CaseBuilder.FullTeam().Build();
        var person = onTheTeam ? (kind == PersonKind.Client ? CaseBuilder.BetrayedPartner : CaseBuilder.InvolvedSupport) : PersonId.New();
        var practice = ofThePractice ? CaseBuilder.Practice : Practices.PracticeId.New();

        Assert.Equal(expected, full.MayManageTeam(person, kind, practice));
    }
}
