using CsCheck;
using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Tests.Accountability;

public sealed class CheckInTests
{
    private static readonly Instant Now = CaseBuilder.Start + Duration.FromDays(10);
    private static readonly Case Team = CaseBuilder.FullTeam().Build();
    private static readonly PersonId[] Everyone =
        [CaseBuilder.BetrayedPartner, CaseBuilder.InvolvedPartner, CaseBuilder.BetrayedSupport, CaseBuilder.InvolvedSupport, CaseBuilder.CouplesTherapist];

    private static AuthoringContext As(PersonId person) => new(Team.Id, person, Team.ActiveRoles(), null, null, Now.InUtc().Date);

    private static CaseAccessState State => new(Team.Id, CaseBuilder.Practice, Team.ActiveRoles(), []);

    [Fact]
    public void ACheckIn_IsReadByItsAuthorAndThePeopleTheyPicked_AndByNobodyElse_WhateverTheyPick()
    {
        var partners = new[] { CaseBuilder.BetrayedPartner, CaseBuilder.InvolvedPartner };
        Gen.Select(Gen.Int[0, 1], Gen.Int[0, 31]).Sample((by, mask) =>
        {
            var author = partners[by];
            var picked = Everyone.Where((person, i) => person != author && (mask & (1 << i)) != 0).ToList();
            var (checkIn, words) = CheckIn.Record(As(author), new CheckInDraft(CheckInKind.Couple, Feelings: "Tired", AudiencePeople: picked), Now);
            Assert.Equal(words.Id, checkIn.Id);
            return Everyone.All(reader =>
                (AccessDecision.Decide(new Reader(reader), words.Facts, State, Now) is AccessVerdict.Allowed) == (reader == author || picked.Contains(reader)));
        });
    }

    [Fact]
    public void TheSafetyCheckIn_IsTheBetrayedPartners_FromZeroToTen()
    {
        var (checkIn, words) = CheckIn.Record(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Safety, Safety: 6, WhatWouldHelp: "A walk"), Now);
        Assert.Equal(6, checkIn.Safety);
        Assert.Equal(ItemSubject.BetrayedPartner, words.Subject);
        Assert.Equal("**How safe I feel.** 6 out of 10\n\n**What would help.** A walk", words.Body);
        Assert.Empty(words.AudienceRoles);

        Assert.Contains(nameof(CheckInDraft.Kind), CheckIn.Check(As(CaseBuilder.InvolvedPartner), new CheckInDraft(CheckInKind.Safety, Safety: 5)).Keys);
        Assert.Contains(nameof(CheckInDraft.Safety), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Safety, Safety: 11)).Keys);
        Assert.Contains(nameof(CheckInDraft.Safety), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Safety, Safety: -1)).Keys);
        Assert.Contains(nameof(CheckInDraft.Safety), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Safety)).Keys);
        Assert.Empty(CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Safety, Safety: 0)));
        Assert.Empty(CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Safety, Safety: 10)));
    }

    [Fact]
    public void ACoupleCheckIn_KeepsTheAnsweredPromptsInOrder_AndNeedsOne()
    {
        var (_, words) = CheckIn.Record(As(CaseBuilder.InvolvedPartner), new CheckInDraft(CheckInKind.Couple, Feelings: " Nervous ", Steps: "Ninety days"), Now);
        Assert.Equal("**Feelings.** Nervous\n\n**Sobriety and steps.** Ninety days", words.Body);
        Assert.Equal(ItemSubject.InvolvedPartner, words.Subject);
        Assert.Equal("Couple check-in", words.Title);
        Assert.Throws<DomainRuleViolation>(() => words.Edit(As(CaseBuilder.InvolvedPartner), 1, new ItemDraft(ItemKind.CheckIn, null, [], "t", "b", Now.InUtc().Date), Now));

        Assert.Contains(nameof(CheckInDraft.Feelings), CheckIn.Check(As(CaseBuilder.InvolvedPartner), new CheckInDraft(CheckInKind.Couple, Feelings: "  ")).Keys);
        Assert.Contains(nameof(CheckInDraft.Needs), CheckIn.Check(As(CaseBuilder.InvolvedPartner),
            new CheckInDraft(CheckInKind.Couple, Needs: new string('n', CheckIn.MaxAnswerLength + 1))).Keys);
        Assert.Empty(CheckIn.Check(As(CaseBuilder.InvolvedPartner), new CheckInDraft(CheckInKind.Couple, Needs: new string('n', CheckIn.MaxAnswerLength))));
    }

    [Fact]
    public void AnswersOfTheOtherKind_AreRefused_NotDropped()
    {
        Assert.Contains(nameof(CheckInDraft.Feelings), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Safety, Feelings: "x", Safety: 4)).Keys);
        Assert.Contains(nameof(CheckInDraft.Safety), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Couple, Feelings: "x", Safety: 4)).Keys);
        Assert.Contains(nameof(CheckInDraft.Safety), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Couple, Feelings: "x", WhatWouldHelp: "y")).Keys);
        var (_, words) = CheckIn.Record(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Couple, Ownership: "I went quiet", Steps: "A walk each day"), Now);
        Assert.Equal("**Something I would do differently.** I went quiet\n\n**Taking care of myself.** A walk each day", words.Body);
    }

    [Fact]
    public void OnlyPartnersCheckIn_AndOnlyForPeopleOnTheirTeam()
    {
        Assert.Contains(nameof(CheckInDraft.Kind), CheckIn.Check(As(CaseBuilder.CouplesTherapist), new CheckInDraft(CheckInKind.Couple, Feelings: "x")).Keys);
        Assert.Throws<DomainRuleViolation>(() => CheckIn.Record(As(CaseBuilder.CouplesTherapist), new CheckInDraft(CheckInKind.Couple, Feelings: "x"), Now));
        Assert.Contains(nameof(CheckInDraft.Audience), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Couple, Feelings: "x", AudiencePeople: [PersonId.New()])).Keys);
        Assert.Contains(nameof(CheckInDraft.Audience), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Couple, Feelings: "x", AudiencePeople: [CaseBuilder.BetrayedPartner])).Keys);
        Assert.Contains(nameof(CheckInDraft.Audience), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft(CheckInKind.Couple, Feelings: "x", Audience: [CaseRole.BetrayedPartner])).Keys);
        Assert.Contains(nameof(CheckInDraft.Kind), CheckIn.Check(As(CaseBuilder.BetrayedPartner), new CheckInDraft((CheckInKind)9, Feelings: "x")).Keys);
    }
}
