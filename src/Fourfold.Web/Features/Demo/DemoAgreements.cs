using Fourfold.Data.Identity;
using Fourfold.Domain.Agreements;
using Fourfold.Domain.Cases;
using Fourfold.Domain.Records;
using NodaTime;

namespace Fourfold.Web.Features.Demo;

/// <summary>
/// The Holt couple's agreements, made through the same workflow a couple uses: boundaries (one agreed after a
/// counter-proposal, one due for review, one set aside by both, one to talk through, one waiting for Chris), three relapse tiers and two
/// disclosure commitments, each shared with different professionals, so that every persona sees a different part.
/// </summary>
internal sealed class DemoAgreements(Dictionary<DemoAccount, FourfoldUser> people, Instant now)
{
    private const CaseRole BetrayedSupport = CaseRole.SupportOfBetrayedPartner;
    private const CaseRole InvolvedSupport = CaseRole.SupportOfInvolvedPartner;
    private const CaseRole Couples = CaseRole.CouplesTherapist;

    public List<(Agreement Agreement, ClinicalItem Words)> Made { get; } = [];

    public List<(Disclosure Disclosure, ClinicalItem Words)> Disclosed { get; } = [];

    public void Holt(Case holt)
    {
        var dana = DemoAccounts.DanaHolt;
        var chris = DemoAccounts.ChrisHolt;
        var contact = Propose(holt, dana, 29, new AgreementDraft(AgreementKind.Boundary, "No contact with the affair partner, in any form",
            "I cannot start to feel safe while there is any door left open. This includes social media, and answering if she gets in touch.",
            Day(27), [BetrayedSupport, InvolvedSupport, Couples]));
        Answer(holt, contact, chris, 28, AgreementAnswer.Agree);

        var lunch = Propose(holt, dana, 35, new AgreementDraft(AgreementKind.Boundary, "A text at lunchtime every working day",
            "In the first weeks the middle of the day was the hardest part; a short message told me you were where you said.",
            null, [Couples]));
        Answer(holt, lunch, chris, 34, AgreementAnswer.Agree);
        SetAside(holt, lunch, dana, 6, chris, 5);

        var phone = Propose(holt, dana, 26, new AgreementDraft(AgreementKind.Boundary, "My phone is open to Dana whenever she asks",
            "When I can check, the panic in the evenings gets smaller. I do not want to have to check forever, but I need it for now.",
            Day(-30), [BetrayedSupport, Couples]));
        Answer(holt, phone, chris, 25, AgreementAnswer.Counter, new AgreementDraft(AgreementKind.Boundary,
            "My phone is open to Dana whenever she asks, and I show her new contacts myself each Sunday",
            "When I can check, the panic in the evenings gets smaller. Chris offered to show new contacts himself, so that I do not have to go looking.",
            Day(-30), [BetrayedSupport, Couples]));
        Answer(holt, phone, dana, 24, AgreementAnswer.Agree);

        var pause = Propose(holt, chris, 9, new AgreementDraft(AgreementKind.Boundary, "Either of us can say “pause” and we stop for an hour",
            "When a conversation about the affair gets too heated I shut down, and that hurts Dana more. An agreed pause, with a time to come back, would help us both.",
            null, [Couples]));
        Answer(holt, pause, dana, 8, AgreementAnswer.Discuss);

        Propose(holt, dana, 2, new AgreementDraft(AgreementKind.Boundary, "Separate bedrooms until the disclosure",
            "I am not ready to share a bed before I know the whole truth. This is not a punishment; it is what I need to sleep.",
            Day(-40), [BetrayedSupport]));

        var tiers = new[]
        {
            ("A slip: looking at her social media, or keeping a message from Dana", "I tell Dana within a day and bring it to my next session with Dr. Kim."),
            ("A relapse: any contact with her, started or answered", "I tell Dana the same day and call Dr. Kim; we add a session with Maya that week."),
            ("A pattern that needs a new plan: two slips in a month, or any hidden contact", "All of us meet (Dana, me, Dr. Kim, Sam and Maya) and we rewrite the recovery plan together."),
        };
        for (var tier = 1; tier <= tiers.Length; tier++)
        {
            var (title, next) = tiers[tier - 1];
            var made = Propose(holt, chris, 22, new AgreementDraft(AgreementKind.RelapseDefinition, title, next, Day(-90), [BetrayedSupport, InvolvedSupport, Couples], Tier: tier));
            Answer(holt, made, dana, 21, AgreementAnswer.Agree);
        }

        var told = Propose(holt, chris, 20, new AgreementDraft(AgreementKind.DisclosureCommitment, "Any contact from her: a message, a call, or meeting by chance",
            null, null, [InvolvedSupport, Couples], TellWhom: [CommitmentRecipient.Partner, CommitmentRecipient.OwnSupport], WithinHours: 24));
        Answer(holt, told, dana, 19, AgreementAnswer.Agree);
        var slip = Propose(holt, chris, 20, new AgreementDraft(AgreementKind.DisclosureCommitment, "A slip, as we defined it",
            "I tell my sponsor first if I need to steady myself, then Dana, in person if we are together.", null, [BetrayedSupport, InvolvedSupport, Couples],
            TellWhom: [CommitmentRecipient.Partner, CommitmentRecipient.OwnSupport, CommitmentRecipient.SupportPerson], WithinHours: 48));
        Answer(holt, slip, dana, 18, AgreementAnswer.Agree);

        Disclose(holt, chris, 12, told, new DisclosureDraft("She sent me a message on my birthday; I did not answer", null, Day(12), Day(12),
            [CommitmentRecipient.Partner, CommitmentRecipient.OwnSupport], told.Agreement.Id, HappenedAt: new LocalTime(9, 15), ToldAt: new LocalTime(18, 40)));
        Disclose(holt, chris, 2, slip, new DisclosureDraft("I looked at her profile late one night", "I waited because I was ashamed, and I know the waiting made it worse. I talked it through with my sponsor first.",
            Day(6), Day(2), [CommitmentRecipient.Partner, CommitmentRecipient.OwnSupport, CommitmentRecipient.SupportPerson], slip.Agreement.Id));
    }

    private void Disclose(Case target, DemoAccount partner, int daysAgo, (Agreement Agreement, ClinicalItem Words) commitment, DisclosureDraft draft)
    {
        var at = now - Duration.FromDays(daysAgo) + Duration.FromHours(21);
        Disclosed.Add(Disclosure.Record(Context(target, partner, at), draft, commitment.Agreement, at));
    }

    private LocalDate Day(int daysAgo) => (now - Duration.FromDays(daysAgo)).InUtc().Date;

    private (Agreement Agreement, ClinicalItem Words) Propose(Case target, DemoAccount partner, int daysAgo, AgreementDraft draft)
    {
        var at = now - Duration.FromDays(daysAgo) + Duration.FromHours(19);
        var made = Agreement.Request(Context(target, partner, at), draft, at);
        Made.Add(made);
        return made;
    }

    private void Answer(Case target, (Agreement Agreement, ClinicalItem Words) made, DemoAccount partner, int daysAgo, AgreementAnswer answer, AgreementDraft? counter = null)
    {
        var at = now - Duration.FromDays(daysAgo) + Duration.FromHours(20);
        made.Agreement.Answer(Context(target, partner, at), made.Words, made.Agreement.Version, answer, counter, at);
    }

    private void SetAside(Case target, (Agreement Agreement, ClinicalItem Words) made, DemoAccount asking, int askedDaysAgo, DemoAccount agreeing, int agreedDaysAgo)
    {
        var asked = now - Duration.FromDays(askedDaysAgo) + Duration.FromHours(20);
        made.Agreement.ProposeRetirement(Context(target, asking, asked), made.Agreement.Version, asked);
        Answer(target, made, agreeing, agreedDaysAgo, AgreementAnswer.Agree);
    }

    private AuthoringContext Context(Case target, DemoAccount partner, Instant at) =>
        new(target.Id, people[partner].PersonId, target.ActiveRoles(), null, target.CouplesPolicy, at.InUtc().Date);
}
