using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Tests.Accountability;

public sealed class HomeworkTests
{
    private static readonly Instant Now = CaseBuilder.Start + Duration.FromDays(10);
    private static readonly LocalDate Today = Now.InUtc().Date;
    private static readonly Case Team = CaseBuilder.FullTeam().Build();

    private static AuthoringContext As(PersonId person) => new(Team.Id, person, Team.ActiveRoles(), null, null, Today);

    private static Homework Set(HomeworkFor forWhom, params CaseRole[] audience) =>
        Homework.Set(As(CaseBuilder.CouplesTherapist), new HomeworkDraft("Three evening check-ins", null, forWhom, Today.PlusDays(7), audience), Now).Homework;

    [Theory]
    [InlineData(HomeworkFor.BetrayedPartner, ItemSubject.BetrayedPartner, new[] { CaseRole.BetrayedPartner })]
    [InlineData(HomeworkFor.InvolvedPartner, ItemSubject.InvolvedPartner, new[] { CaseRole.InvolvedPartner })]
    [InlineData(HomeworkFor.Both, ItemSubject.Couple, new[] { CaseRole.BetrayedPartner, CaseRole.InvolvedPartner })]
    public void Homework_IsAboutThePartnersItIsFor_AndReadByThem(HomeworkFor forWhom, ItemSubject subject, CaseRole[] partners)
    {
        var (homework, words) = Homework.Set(As(CaseBuilder.CouplesTherapist), new HomeworkDraft(" Write a letter ", null, forWhom, Today, [CaseRole.SupportOfInvolvedPartner]), Now);
        Assert.Equal(words.Id, homework.Id);
        Assert.Equal(subject, words.Subject);
        Assert.Equal(ItemKind.Homework, words.Kind);
        Assert.Equal("Write a letter", words.Title);
        Assert.Equal("Homework from our joint session.", words.Body);
        Assert.Equal([.. partners.Append(CaseRole.SupportOfInvolvedPartner).Order()], words.AudienceRoles);
        Assert.All(Homework.PartnersOf(forWhom), partner => Assert.True(homework.IsFor(partner)));
    }

    [Fact]
    public void Homework_IsSetByAProfessional_ForAPartnerOnTheTeam_DueFromTodayToAYearAhead()
    {
        HomeworkDraft Draft(HomeworkFor? forWhom = HomeworkFor.Both, int dueIn = 7, string? what = "Walk together") => new(what, null, forWhom, Today.PlusDays(dueIn));
        Assert.Contains(nameof(HomeworkDraft.What), Homework.Check(As(CaseBuilder.BetrayedPartner), Draft()).Keys);
        Assert.Contains(nameof(HomeworkDraft.What), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft(what: " ")).Keys);
        Assert.Contains(nameof(HomeworkDraft.What), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft(what: new string('w', ItemContent.MaxTitleLength + 1))).Keys);
        Assert.Contains(nameof(HomeworkDraft.For), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft(forWhom: null)).Keys);
        Assert.Contains(nameof(HomeworkDraft.For), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft(forWhom: (HomeworkFor)7)).Keys);
        Assert.Contains(nameof(HomeworkDraft.DueOn), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft(dueIn: -1)).Keys);
        Assert.Contains(nameof(HomeworkDraft.DueOn), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft(dueIn: Homework.MostDaysAhead + 1)).Keys);
        Assert.Contains(nameof(HomeworkDraft.DueOn), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft() with { DueOn = null }).Keys);
        Assert.Contains(nameof(HomeworkDraft.Audience), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft() with { Audience = [CaseRole.BetrayedPartner] }).Keys);
        Assert.Empty(Homework.Check(As(CaseBuilder.CouplesTherapist), Draft(dueIn: 0)));
        Assert.Empty(Homework.Check(As(CaseBuilder.CouplesTherapist), Draft(dueIn: Homework.MostDaysAhead)));

        // A partner's own support sets homework for that partner alone; for the other partner or both, the couples therapist does.
        Assert.Contains(nameof(HomeworkDraft.For), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft()).Keys);
        Assert.Contains(nameof(HomeworkDraft.For), Homework.Check(As(CaseBuilder.InvolvedSupport), Draft(HomeworkFor.BetrayedPartner)).Keys);
        Assert.Empty(Homework.Check(As(CaseBuilder.InvolvedSupport), Draft(HomeworkFor.InvolvedPartner)));
        Assert.Empty(Homework.Check(As(CaseBuilder.BetrayedSupport), Draft(HomeworkFor.BetrayedPartner)));

        var withoutPartner = CaseBuilder.OpenedByCouplesTherapist().Build();
        var alone = new AuthoringContext(withoutPartner.Id, CaseBuilder.CouplesTherapist, withoutPartner.ActiveRoles(), null, null, Today);
        Assert.Contains(nameof(HomeworkDraft.For), Homework.Check(alone, Draft()).Keys);
    }

    [Fact]
    public void ANoteOfHowItWent_IsThePartners_AndFlagged_ReachesTheirOwnSupportsAgendaAlone()
    {
        var homework = Set(HomeworkFor.Both);
        var (log, words) = HomeworkLog.Write(As(CaseBuilder.BetrayedPartner), new HomeworkLogDraft("Two evenings of three", BringToIndividualSession: true), homework, Now);

        Assert.Equal(ItemSubject.BetrayedPartner, words.Subject);
        Assert.Equal([CaseRole.SupportOfBetrayedPartner], words.AudienceRoles);
        Assert.Equal("Two evenings of three", words.Body);
        Assert.Equal(homework.Id, log.HomeworkId);
        Assert.Equal(PartnerRole.BetrayedPartner, log.PartnerRole);
        Assert.Equal([CaseRole.SupportOfBetrayedPartner], Enum.GetValues<CaseRole>().Where(log.IsOnAgendaOf));

        Assert.Throws<DomainRuleViolation>(() => log.MarkTalkedThrough(new HashSet<CaseRole> { CaseRole.CouplesTherapist, CaseRole.SupportOfInvolvedPartner }, Now));
        log.MarkTalkedThrough(new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner }, Now);
        Assert.Equal(Now, log.TalkedThroughAt);
        Assert.DoesNotContain(Enum.GetValues<CaseRole>(), log.IsOnAgendaOf);
        Assert.Throws<DomainRuleViolation>(() => log.MarkTalkedThrough(new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner }, Now));
    }

    [Fact]
    public void ANoteNotFlagged_IsOnNobodysAgenda_AndReadByThoseChosen()
    {
        var (log, words) = HomeworkLog.Write(As(CaseBuilder.InvolvedPartner),
            new HomeworkLogDraft("It helped", Audience: [CaseRole.CouplesTherapist, CaseRole.BetrayedPartner]), Set(HomeworkFor.InvolvedPartner), Now);
        Assert.DoesNotContain(Enum.GetValues<CaseRole>(), log.IsOnAgendaOf);
        Assert.Equal([CaseRole.BetrayedPartner, CaseRole.CouplesTherapist], words.AudienceRoles);
        Assert.Equal(ItemSubject.InvolvedPartner, words.Subject);
    }

    [Fact]
    public void OnlyThePartnersItIsFor_WriteHowItWent()
    {
        var forDana = Set(HomeworkFor.BetrayedPartner);
        Assert.Contains(nameof(HomeworkLogDraft.HowItWent), HomeworkLog.Check(As(CaseBuilder.InvolvedPartner), new HomeworkLogDraft("x"), forDana).Keys);
        Assert.Contains(nameof(HomeworkLogDraft.HowItWent), HomeworkLog.Check(As(CaseBuilder.BetrayedSupport), new HomeworkLogDraft("x"), forDana).Keys);
        Assert.Contains(nameof(HomeworkLogDraft.HowItWent), HomeworkLog.Check(As(CaseBuilder.BetrayedPartner), new HomeworkLogDraft("x"), null).Keys);
        Assert.Contains(nameof(HomeworkLogDraft.HowItWent), HomeworkLog.Check(As(CaseBuilder.BetrayedPartner), new HomeworkLogDraft(" "), forDana).Keys);
        Assert.Contains(nameof(HomeworkLogDraft.HowItWent), HomeworkLog.Check(As(CaseBuilder.BetrayedPartner), new HomeworkLogDraft(new string('x', ItemContent.MaxBodyLength + 1)), forDana).Keys);
        Assert.Contains(nameof(HomeworkLogDraft.Audience), HomeworkLog.Check(As(CaseBuilder.BetrayedPartner), new HomeworkLogDraft("x", Audience: [CaseRole.BetrayedPartner]), forDana).Keys);
        Assert.Empty(HomeworkLog.Check(As(CaseBuilder.BetrayedPartner), new HomeworkLogDraft("x", true), forDana));
        Assert.Throws<DomainRuleViolation>(() => HomeworkLog.Write(As(CaseBuilder.InvolvedPartner), new HomeworkLogDraft("x"), forDana, Now));
    }

    [Fact]
    public void NothingIsBroughtToAnIndividualSession_WithoutTheirOwnTherapistOrCoachOnTheTeam()
    {
        var team = CaseBuilder.OpenedByCouplesTherapist().With(CaseRole.BetrayedPartner, CaseBuilder.BetrayedPartner, PersonKind.Client).Build();
        var context = new AuthoringContext(team.Id, CaseBuilder.BetrayedPartner, team.ActiveRoles(), null, null, Today);
        var homework = Homework.Set(new AuthoringContext(team.Id, CaseBuilder.CouplesTherapist, team.ActiveRoles(), null, null, Today),
            new HomeworkDraft("A letter", null, HomeworkFor.BetrayedPartner, Today), Now).Homework;
        Assert.Contains(nameof(HomeworkLogDraft.BringToIndividualSession), HomeworkLog.Check(context, new HomeworkLogDraft("x", true), homework).Keys);
        Assert.Empty(HomeworkLog.Check(context, new HomeworkLogDraft("x"), homework));
    }
}
