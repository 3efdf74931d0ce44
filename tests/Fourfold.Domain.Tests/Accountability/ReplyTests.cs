using Fourfold.Domain.Access;
using Fourfold.Domain.Accountability;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Common;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Domain.Tests.Accountability;

public sealed class ReplyTests
{
    private static readonly Instant Now = CaseBuilder.Start + Duration.FromDays(10);
    private static readonly Case Team = CaseBuilder.FullTeam().Build();
    private static readonly ItemId Record = ItemId.New();

    private static AuthoringContext As(PersonId person) => new(Team.Id, person, Team.ActiveRoles(), null, null, Now.InUtc().Date);

    [Fact]
    public void HowItLanded_IsTheBetrayedPartnersAlone_UnlessSheShares()
    {
        var (reply, words) = Reply.Write(As(CaseBuilder.BetrayedPartner), new ReplyDraft(" Angry, then grateful "), Record, ItemKind.DisclosureLogEntry, CaseBuilder.InvolvedPartner, Now);
        Assert.Equal(ReplyKind.HowItLanded, reply.Kind);
        Assert.Equal(Record, reply.RepliesTo);
        Assert.Equal(ItemSubject.BetrayedPartner, words.Subject);
        Assert.Equal("Angry, then grateful", words.Body);
        Assert.Empty(words.AudienceRoles);
        Assert.Empty(words.AudiencePersonIds);

        Assert.Contains(nameof(ReplyDraft.Text), Reply.Check(As(CaseBuilder.InvolvedPartner), new ReplyDraft("x"), ItemKind.DisclosureLogEntry, CaseBuilder.InvolvedSupport).Keys);
        Assert.Contains(nameof(ReplyDraft.Text), Reply.Check(As(CaseBuilder.BetrayedSupport), new ReplyDraft("x"), ItemKind.DisclosureLogEntry, CaseBuilder.InvolvedPartner).Keys);
        Assert.Contains(nameof(ReplyDraft.Starter), Reply.Check(As(CaseBuilder.BetrayedPartner), new ReplyDraft("x", Reply.ValidationStarters[0]), ItemKind.DisclosureLogEntry, CaseBuilder.InvolvedPartner).Keys);
    }

    [Fact]
    public void AnAnswer_IsAlwaysForThePartnerItAnswers_AndOnlyTheInvolvedPartnerIsOfferedStarters()
    {
        var (reply, words) = Reply.Write(As(CaseBuilder.InvolvedPartner), new ReplyDraft("the evenings are hard.", "It makes sense that you feel"), Record, ItemKind.CheckIn, CaseBuilder.BetrayedPartner, Now);
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("It makes sense that you feel the evenings are hard.", words.Body);
        Assert.Equal([CaseBuilder.BetrayedPartner.Value], words.AudiencePersonIds);
        Assert.Equal(ItemSubject.InvolvedPartner, words.Subject);

        Assert.Contains(nameof(ReplyDraft.Starter), Reply.Check(As(CaseBuilder.InvolvedPartner), new ReplyDraft("x", "You always"), ItemKind.CheckIn, CaseBuilder.BetrayedPartner).Keys);
        Assert.Contains(nameof(ReplyDraft.Starter), Reply.Check(As(CaseBuilder.BetrayedPartner), new ReplyDraft("x", Reply.ValidationStarters[1]), ItemKind.Reply, CaseBuilder.InvolvedPartner).Keys);
        Assert.Empty(Reply.Check(As(CaseBuilder.BetrayedPartner), new ReplyDraft("Thank you"), ItemKind.Reply, CaseBuilder.InvolvedPartner));
    }

    [Fact]
    public void NobodyRepliesToThemself_OrToWhatIsNotAReplyableRecord_OrWithoutWords()
    {
        Assert.Contains(nameof(ReplyDraft.Text), Reply.Check(As(CaseBuilder.BetrayedPartner), new ReplyDraft("x"), ItemKind.CheckIn, CaseBuilder.BetrayedPartner).Keys);
        Assert.Contains(nameof(ReplyDraft.Text), Reply.Check(As(CaseBuilder.BetrayedPartner), new ReplyDraft("x"), ItemKind.SessionSummary, CaseBuilder.CouplesTherapist).Keys);
        Assert.Contains(nameof(ReplyDraft.Text), Reply.Check(As(CaseBuilder.BetrayedPartner), new ReplyDraft(" "), ItemKind.CheckIn, CaseBuilder.InvolvedPartner).Keys);
        Assert.Contains(nameof(ReplyDraft.Text), Reply.Check(As(CaseBuilder.BetrayedPartner), new ReplyDraft(new string('x', ItemContent.MaxBodyLength + 1)), ItemKind.CheckIn, CaseBuilder.InvolvedPartner).Keys);
        Assert.Contains(nameof(ReplyDraft.Audience), Reply.Check(As(CaseBuilder.BetrayedPartner), new ReplyDraft("x", AudiencePeople: [PersonId.New()]), ItemKind.CheckIn, CaseBuilder.InvolvedPartner).Keys);
        Assert.Throws<DomainRuleViolation>(() => Reply.Write(As(CaseBuilder.CouplesTherapist), new ReplyDraft("x"), Record, ItemKind.CheckIn, CaseBuilder.InvolvedPartner, Now));
    }
}
