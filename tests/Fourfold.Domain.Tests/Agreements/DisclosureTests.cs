using CsCheck;
using Fourfold.Domain.Access;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Tests.Agreements;

public sealed class DisclosureTests
{
    private static readonly Instant Now = CaseBuilder.Start + Duration.FromDays(10);
    private static readonly LocalDate Today = Now.InUtc().Date;
    private static readonly Case Team = CaseBuilder.FullTeam().Build();

    private static AuthoringContext As(PersonId person) => new(Team.Id, person, Team.ActiveRoles(), null, null, Today);

    private static Agreement Commitment(int withinHours)
    {
        var (agreement, words) = Agreement.Request(As(CaseBuilder.InvolvedPartner), new AgreementDraft(AgreementKind.DisclosureCommitment, "Any contact", null, null, [],
            TellWhom: [CommitmentRecipient.Partner], WithinHours: withinHours), Now);
        agreement.Answer(As(CaseBuilder.BetrayedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        return agreement;
    }

    private static DisclosureDraft Told(LocalDate happened, LocalDate told, ItemId commitment, params CommitmentRecipient[] to) =>
        new("She wrote to me", null, happened, told, to.Length == 0 ? [CommitmentRecipient.Partner] : to, commitment);

    [Fact]
    public void GivenOnlyTheDates_ItIsOnTime_WhenSomeTimesOnThoseDaysWouldHaveBeenWithinTheHours()
    {
        Gen.Select(Gen.Int[0, 30], Gen.Int[1, 240]).Sample((days, hours) =>
            Disclosure.Judge(Today.PlusDays(-days), Today, hours) == ((days - 1) * 24 < hours ? Timeliness.OnTime : Timeliness.Late));
        Assert.Equal(Timeliness.OnTime, Disclosure.Judge(Today.PlusDays(-1), Today, 24));
        Assert.Equal(Timeliness.Late, Disclosure.Judge(Today.PlusDays(-2), Today, 24));
        Assert.Equal(Timeliness.OnTime, Disclosure.Judge(Today.PlusDays(-1), Today, 2));
        Assert.Equal(Timeliness.Late, Disclosure.Judge(Today.PlusDays(-3), Today, 48));
    }

    [Fact]
    public void WithBothTimesOfDay_TheHoursAreReadExactly_AndAMissingTimeNeverCountsAgainstThePartner()
    {
        var evening = new LocalTime(21, 0);
        Assert.Equal(Timeliness.OnTime, Disclosure.Judge(Today.PlusDays(-1), evening, Today, new LocalTime(20, 59), 24));
        Assert.Equal(Timeliness.OnTime, Disclosure.Judge(Today.PlusDays(-1), evening, Today, evening, 24));
        Assert.Equal(Timeliness.Late, Disclosure.Judge(Today.PlusDays(-1), evening, Today, new LocalTime(21, 1), 24));
        Assert.Equal(Timeliness.Late, Disclosure.Judge(Today, new LocalTime(8, 0), Today, new LocalTime(11, 0), 2));
        Assert.Equal(Timeliness.OnTime, Disclosure.Judge(Today, null, Today, new LocalTime(11, 0), 2));
        Assert.Equal(Timeliness.OnTime, Disclosure.Judge(Today.PlusDays(-1), new LocalTime(1, 0), Today, null, 2));

        Gen.Select(Gen.Int[0, 10], Gen.Int[0, 1439], Gen.Int[0, 1439], Gen.Int[1, 240]).Sample((days, from, to, hours) =>
        {
            var happened = Today.PlusDays(-days);
            var exact = Disclosure.Judge(happened, LocalTime.Midnight.PlusMinutes(from), Today, LocalTime.Midnight.PlusMinutes(to), hours);
            var minutes = (days * 1440) + to - from;
            return exact == (minutes <= hours * 60 ? Timeliness.OnTime : Timeliness.Late)
                && (exact == Timeliness.Late || Disclosure.Judge(happened, Today, hours) == Timeliness.OnTime);
        });
    }

    [Fact]
    public void ACommitmentSetAside_IsNoLongerOneToRecordUnder_ButOneInTheMiddleOfBeingSetAsideStillIs()
    {
        var (commitment, words) = Agreement.Request(As(CaseBuilder.InvolvedPartner), new AgreementDraft(AgreementKind.DisclosureCommitment, "Any contact", null, null, [],
            TellWhom: [CommitmentRecipient.Partner], WithinHours: 24), Now);
        commitment.Answer(As(CaseBuilder.BetrayedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        var draft = Told(Today, Today, commitment.Id);

        commitment.ProposeRetirement(As(CaseBuilder.InvolvedPartner), 1, Now);
        Assert.Empty(Disclosure.Check(As(CaseBuilder.InvolvedPartner), draft, commitment));

        commitment.Answer(As(CaseBuilder.BetrayedPartner), words, 1, AgreementAnswer.Agree, null, Now);
        Assert.Equal(AgreementStatus.Retired, commitment.Status);
        Assert.Contains(nameof(DisclosureDraft.CommitmentId), Disclosure.Check(As(CaseBuilder.InvolvedPartner), draft, commitment).Keys);
    }

    [Fact]
    public void OnTheSameDay_TheTimeToldComesAfterTheTimeItHappened()
    {
        var commitment = Commitment(24);
        var draft = Told(Today, Today, commitment.Id, CommitmentRecipient.Partner) with { HappenedAt = new LocalTime(18, 0), ToldAt = new LocalTime(9, 0) };
        Assert.Contains(nameof(DisclosureDraft.ToldAt), Disclosure.Check(As(CaseBuilder.InvolvedPartner), draft, commitment).Keys);

        var (disclosure, words) = Disclosure.Record(As(CaseBuilder.InvolvedPartner), draft with { ToldAt = new LocalTime(19, 30) }, commitment, Now);
        Assert.Equal(new LocalTime(18, 0), disclosure.HappenedAt);
        Assert.Equal(new LocalTime(19, 30), disclosure.ToldAt);
        Assert.Contains("at 19:30", words.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntry_IsAboutTheInvolvedPartner_ForThePeopleItWasToldTo()
    {
        var commitment = Commitment(24);
        var (disclosure, words) = Disclosure.Record(As(CaseBuilder.InvolvedPartner),
            Told(Today.PlusDays(-1), Today, commitment.Id, CommitmentRecipient.Partner, CommitmentRecipient.OwnSupport, CommitmentRecipient.SupportPerson), commitment, Now);

        Assert.Equal(Timeliness.OnTime, disclosure.Timeliness);
        Assert.Equal(ItemKind.DisclosureLogEntry, words.Kind);
        Assert.Equal(ItemSubject.InvolvedPartner, words.Subject);
        Assert.Equal([CaseRole.BetrayedPartner, CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner], words.AudienceRoles);
        Assert.Contains("I told my partner, my therapist or coach and my support person", words.Body, StringComparison.Ordinal);
        Assert.Throws<DomainRuleViolation>(() => words.Edit(As(CaseBuilder.InvolvedPartner), 1, new ItemDraft(ItemKind.DisclosureLogEntry, null, [], "t", "b", Today), Now));
    }

    [Fact]
    public void OnlyTheInvolvedPartnerRecordsWhatTheyTold_UnderACommitmentInForce()
    {
        var commitment = Commitment(24);
        Assert.Contains(nameof(DisclosureDraft.What), Disclosure.Check(As(CaseBuilder.BetrayedPartner), Told(Today, Today, commitment.Id), commitment).Keys);
        Assert.Contains(nameof(DisclosureDraft.What), Disclosure.Check(As(CaseBuilder.InvolvedSupport), Told(Today, Today, commitment.Id), commitment).Keys);

        var (proposed, _) = Agreement.Request(As(CaseBuilder.InvolvedPartner), new AgreementDraft(AgreementKind.DisclosureCommitment, "Not yet agreed", null, null, [],
            TellWhom: [CommitmentRecipient.Partner], WithinHours: 24), Now);
        Assert.Contains(nameof(DisclosureDraft.CommitmentId), Disclosure.Check(As(CaseBuilder.InvolvedPartner), Told(Today, Today, proposed.Id), proposed).Keys);

        var problems = Disclosure.Check(As(CaseBuilder.InvolvedPartner), Told(Today, Today.PlusDays(-1), commitment.Id) with { Told = [] }, commitment);
        Assert.Equal(["Told", "ToldOn"], problems.Keys.Order());
    }

    [Fact]
    public void SomethingDiscovered_IsRecordedByHisSupportOrTheCouplesTherapist_WithHisKnowledge()
    {
        var discovered = new DisclosureDraft("A second phone", null, Today, null, [], null, Discovered: true, PartnerKnows: false);
        Assert.Contains(nameof(DisclosureDraft.PartnerKnows), Disclosure.Check(As(CaseBuilder.InvolvedSupport), discovered, null).Keys);
        Assert.Contains(nameof(DisclosureDraft.Discovered), Disclosure.Check(As(CaseBuilder.BetrayedSupport), discovered with { PartnerKnows = true }, null).Keys);

        var (entry, words) = Disclosure.Record(As(CaseBuilder.CouplesTherapist), discovered with { PartnerKnows = true }, null, Now);
        Assert.Equal(Timeliness.DiscoveredNotDisclosed, entry.Timeliness);
        Assert.Null(entry.CommitmentId);
        Assert.Equal([CaseRole.InvolvedPartner], words.AudienceRoles);
        Assert.Equal(CaseBuilder.CouplesTherapist, words.Author);
    }

    [Fact]
    public void EachFieldOfAnEntryHasItsMessage_AndItsLimits()
    {
        var commitment = Commitment(24);
        var me = As(CaseBuilder.InvolvedPartner);
        Assert.Empty(Disclosure.Check(me, Told(Today, Today, commitment.Id) with { What = new string('a', ItemContent.MaxTitleLength) }, commitment));
        Assert.Contains("What", Disclosure.Check(me, Told(Today, Today, commitment.Id) with { What = new string('a', ItemContent.MaxTitleLength + 1) }, commitment).Keys);
        Assert.Contains("What", Disclosure.Check(me, Told(Today, Today, commitment.Id) with { What = " " }, commitment).Keys);
        Assert.Empty(Disclosure.Check(me, Told(Today, Today, commitment.Id) with { Details = new string('a', ItemContent.MaxBodyLength) }, commitment));
        Assert.Contains("Details", Disclosure.Check(me, Told(Today, Today, commitment.Id) with { Details = new string('a', ItemContent.MaxBodyLength + 1) }, commitment).Keys);
        Assert.Contains("HappenedOn", Disclosure.Check(me, Told(Today, Today, commitment.Id) with { HappenedOn = null }, commitment).Keys);
        Assert.Contains("HappenedOn", Disclosure.Check(me, Told(Today.PlusDays(1), Today.PlusDays(1), commitment.Id), commitment).Keys);
        Assert.Contains("ToldOn", Disclosure.Check(me, Told(Today, Today, commitment.Id) with { ToldOn = null }, commitment).Keys);
        Assert.Contains("ToldOn", Disclosure.Check(me, Told(Today.PlusDays(-1), Today.PlusDays(1), commitment.Id), commitment).Keys);
        Assert.Empty(Disclosure.Check(me, Told(Today.PlusDays(-1), Today, commitment.Id), commitment));
        Assert.Contains("Told", Disclosure.Check(me, Told(Today, Today, commitment.Id, CommitmentRecipient.Partner, (CommitmentRecipient)99), commitment).Keys);
        Assert.Contains("CommitmentId", Disclosure.Check(me, Told(Today, Today, commitment.Id), null).Keys);
        Assert.Contains("Audience", Disclosure.Check(me, Told(Today, Today, commitment.Id) with { Audience = [(CaseRole)99] }, commitment).Keys);
        Assert.Contains("Audience", Disclosure.Check(me, Told(Today, Today, commitment.Id) with { Audience = [CaseRole.BetrayedPartner] }, commitment).Keys);
        Assert.Empty(Disclosure.Check(me, Told(Today, Today, commitment.Id) with { Audience = [CaseRole.CouplesTherapist] }, commitment));
        Assert.Throws<DomainRuleViolation>(() => Disclosure.Record(me, Told(Today, Today, commitment.Id) with { What = "" }, commitment, Now));
    }

    [Fact]
    public void AnEntryKeepsItsWords_ItsCommitment_AndItsAudienceInRoleOrder()
    {
        var commitment = Commitment(24);
        var (entry, words) = Disclosure.Record(As(CaseBuilder.InvolvedPartner),
            Told(Today.PlusDays(-3), Today, commitment.Id, CommitmentRecipient.OwnSupport, CommitmentRecipient.Partner) with { Details = "In my own words.", Audience = [CaseRole.CouplesTherapist] },
            commitment, Now);
        Assert.Equal(Timeliness.Late, entry.Timeliness);
        Assert.Equal(commitment.Id, entry.CommitmentId);
        Assert.Equal([CommitmentRecipient.Partner, CommitmentRecipient.OwnSupport], entry.Told);
        Assert.Equal("In my own words.", words.Body);
        Assert.Equal("She wrote to me", words.Title);
        Assert.Equal([CaseRole.BetrayedPartner, CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner, CaseRole.CouplesTherapist], words.AudienceRoles);

        var (_, written) = Disclosure.Record(As(CaseBuilder.InvolvedPartner), Told(Today.PlusDays(-1), Today, commitment.Id), commitment, Now);
        Assert.EndsWith("I told my partner on " + Today.ToString("d MMM yyyy", null) + ".", written.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Any contact", written.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void SomethingDiscovered_TellsNobody_AndSaysHowItCameToLight()
    {
        var (entry, words) = Disclosure.Record(As(CaseBuilder.InvolvedSupport),
            new DisclosureDraft("A second phone", null, Today, Today, [CommitmentRecipient.Partner], ItemId.New(), Discovered: true, PartnerKnows: true), null, Now);
        Assert.Empty(entry.Told);
        Assert.Null(entry.CommitmentId);
        Assert.Contains("came to light another way", words.Body, StringComparison.Ordinal);
        Assert.Equal([CaseRole.InvolvedPartner], words.AudienceRoles);
    }
}
